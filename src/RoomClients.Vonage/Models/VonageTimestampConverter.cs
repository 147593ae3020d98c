using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>Vonage's timestamp form, as its documents and examples write it: UTC with milliseconds and <c>Z</c>
/// (<c>2023-06-06T09:32:25.000Z</c>). Reads any form <see cref="LooseJson.ReadDateTimeOffset"/> accepts.</summary>
internal sealed class VonageTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LooseJson.ReadDateTimeOffset(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(Format(v));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Formats <paramref name="value"/> in UTC with exactly three fraction digits and <c>Z</c>.</summary>
    internal static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
