// Shared source: compiled into each provider package as internal types.
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>
/// Converters every provider's JSON context registers for all its wire types, so that a response is read as loosely as
/// the providers document (and as their servers really answer): numbers sent as strings or with a fraction, strings sent
/// as numbers, booleans sent as <c>"true"</c> or <c>1</c>, dates in any ISO-8601 or RFC form or as Unix times. A value that
/// still cannot be read as the property's type reads as <see langword="null"/> (or the default) instead of failing the whole
/// answer; the raw answer stays available through each DTO's extension data or <c>RawRepresentation</c>. Writing is the
/// standard form, so requests are unchanged.
/// </summary>
internal static class LooseJson
{
    /// <summary>Reads the current token as text: strings as they are, numbers and literals as their JSON text, objects and arrays as raw JSON.</summary>
    public static string? ReadText(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                return reader.HasValueSequence ? Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)) : Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }
        }
    }

    /// <summary>Reads a number (or a numeric string); anything else is <see langword="null"/>.</summary>
    public static double? ReadDouble(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                return number;
            case JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed):
                return parsed;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    /// <summary>Reads an integer; a fraction (<c>2.0</c>, <c>"2.6"</c>) is rounded half away from zero, a value out of range is <see langword="null"/>.</summary>
    public static long? ReadInt64(ref Utf8JsonReader reader, long min, long max)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var whole))
        {
            return whole >= min && whole <= max ? whole : null;
        }

        if (reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed >= min && parsed <= max ? parsed : null;
        }

        var number = ReadDouble(ref reader);
        if (number is not { } value)
        {
            return null;
        }

        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        return rounded >= min && rounded <= max ? (long)rounded : null;
    }

    /// <summary>Reads <c>true</c>/<c>false</c>, the strings <c>"true"</c>/<c>"false"</c>/<c>"1"</c>/<c>"0"</c> and the numbers 1 and 0.</summary>
    public static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1:
                return number == 1;
            case JsonTokenType.String:
                return reader.GetString()?.Trim().ToUpperInvariant() switch
                {
                    "TRUE" or "1" or "YES" => true,
                    "FALSE" or "0" or "NO" => false,
                    _ => null,
                };
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    /// <summary>Reads a date: ISO 8601 (with or without an offset: then UTC), other invariant forms, or a Unix time in seconds or milliseconds.</summary>
    public static DateTimeOffset? ReadDateTimeOffset(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.TryGetDateTimeOffset(out var iso))
                {
                    return iso;
                }

                return ParseDate(reader.GetString());
            case JsonTokenType.Number when reader.TryGetDouble(out var unix):
                return FromUnix(unix);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    /// <summary>Parses a date the way <see cref="ReadDateTimeOffset"/> does; <see langword="null"/> when it is not one.</summary>
    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var unix) ? FromUnix(unix) : null;
    }

    private static DateTimeOffset? FromUnix(double unix)
    {
        // Above 10^11 the number is in milliseconds (10^11 seconds is the year 5138).
        var milliseconds = Math.Abs(unix) >= 1e11 ? unix : unix * 1000;
        return milliseconds is >= -62135596800000d and <= 253402300799999d
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(milliseconds))
            : null;
    }
}

/// <summary>Strings that may arrive as numbers, booleans or JSON values (<c>"number": 17323338801</c>).</summary>
internal sealed class LooseStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LooseJson.ReadText(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // Dictionary keys (IDictionary<string, …>) go through the same converter.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}

/// <summary>Optional integers that may arrive as strings or with a fraction.</summary>
internal sealed class LooseNullableInt32Converter : JsonConverter<int?>
{
    public override bool HandleNull => true;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (int?)LooseJson.ReadInt64(ref reader, int.MinValue, int.MaxValue);

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Integers that may arrive as strings, with a fraction, or as null (then 0).</summary>
internal sealed class LooseInt32Converter : JsonConverter<int>
{
    public override bool HandleNull => true;

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (int)(LooseJson.ReadInt64(ref reader, int.MinValue, int.MaxValue) ?? 0);

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Optional 64-bit integers that may arrive as strings or with a fraction.</summary>
internal sealed class LooseNullableInt64Converter : JsonConverter<long?>
{
    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LooseJson.ReadInt64(ref reader, long.MinValue, long.MaxValue);

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>64-bit integers that may arrive as strings, with a fraction, or as null (then 0).</summary>
internal sealed class LooseInt64Converter : JsonConverter<long>
{
    public override bool HandleNull => true;

    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LooseJson.ReadInt64(ref reader, long.MinValue, long.MaxValue) ?? 0;

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Optional numbers that may arrive as strings.</summary>
internal sealed class LooseNullableDoubleConverter : JsonConverter<double?>
{
    public override bool HandleNull => true;

    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LooseJson.ReadDouble(ref reader);

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Optional booleans that may arrive as strings or 0/1.</summary>
internal sealed class LooseNullableBooleanConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LooseJson.ReadBoolean(ref reader);

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteBooleanValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Booleans that may arrive as strings, 0/1 or null (then false).</summary>
internal sealed class LooseBooleanConverter : JsonConverter<bool>
{
    public override bool HandleNull => true;

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LooseJson.ReadBoolean(ref reader) ?? false;

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

/// <summary>Optional dates in any common form; an unreadable one is null.</summary>
internal sealed class LooseNullableDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => LooseJson.ReadDateTimeOffset(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Dates in any common form; an unreadable or missing one is <see cref="DateTimeOffset.MinValue"/>.</summary>
internal sealed class LooseDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override bool HandleNull => true;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LooseJson.ReadDateTimeOffset(ref reader) ?? DateTimeOffset.MinValue;

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Links that may be relative, or not links at all (then null).</summary>
internal sealed class LooseUriConverter : JsonConverter<Uri>
{
    public override Uri? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LooseJson.ReadText(ref reader) is { Length: > 0 } text && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;

    public override void Write(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options) => writer.WriteStringValue(value.OriginalString);
}
