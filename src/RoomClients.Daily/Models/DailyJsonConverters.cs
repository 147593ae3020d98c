using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>Unix seconds on the wire (Daily sends integers, and floats such as <c>1708526032.672</c> in places); <see cref="DateTimeOffset"/> in .NET. Also reads ISO 8601 strings. Writes whole seconds.</summary>
internal sealed class DailyUnixTimeConverter : JsonConverter<DateTimeOffset?>
{
    private const double MaxSeconds = 253402300799; // 9999-12-31T23:59:59Z

    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return FromSeconds(reader.GetDouble());
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                {
                    return FromSeconds(seconds);
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
                {
                    return time;
                }

                throw new JsonException($"'{text}' is neither unix seconds nor an ISO 8601 time.");
            default:
                throw new JsonException($"Expected unix seconds, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    internal static DateTimeOffset FromSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || seconds < 0 || seconds > MaxSeconds)
        {
            throw new JsonException($"{seconds.ToString(CultureInfo.InvariantCulture)} is not a unix time in seconds.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
    }
}

/// <summary>A whole number that Daily may send as a float (<c>total_count</c> of meetings, <c>failedCount</c>).</summary>
internal sealed class DailyFlexibleInt64Converter : JsonConverter<long?>
{
    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number when reader.TryGetInt64(out var whole) => whole,
        JsonTokenType.Number when reader.GetDouble() is var d && d is >= long.MinValue and <= long.MaxValue => (long)d,
        JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new JsonException($"Expected a number, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A webhook's <c>state</c>: Daily's pages disagree between strings (<c>ACTIVE</c>, <c>FAILED</c>, <c>INACTIVE</c>) and numbers (<c>FAILED:0, ACTIVE:1, STOPPED:2</c>); both are read as the string.</summary>
internal sealed class DailyWebhookStateConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt32(out var n) ? n switch { 0 => "FAILED", 1 => "ACTIVE", 2 => "STOPPED", _ => n.ToString(CultureInfo.InvariantCulture) } : reader.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => throw new JsonException($"Expected a webhook state, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
