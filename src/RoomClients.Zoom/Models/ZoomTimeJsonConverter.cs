using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>
/// Zoom's times: written as UTC <c>yyyy-MM-ddTHH:mm:ssZ</c> (the form its docs prescribe; sub-second parts are not sent),
/// read from any ISO 8601 form, a missing zone meaning UTC. An empty string reads as <see langword="null"/>.
/// </summary>
internal sealed class ZoomTimeJsonConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a Zoom time must be a string.");
        }

        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new JsonException("a Zoom time is not an ISO 8601 date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is not { } time)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(Format(time));
    }

    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
