using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>
/// An open set of provider-defined strings as a <c>readonly struct</c> (like the Azure SDK's <c>ParticipantRole</c>):
/// known values as static properties, any other string kept as sent. Serialized as the bare string.
/// </summary>
internal interface IStringValue<TSelf>
    where TSelf : struct, IStringValue<TSelf>
{
    /// <summary>Wraps a wire string.</summary>
    static abstract TSelf FromWire(string value);

    /// <summary>Gets the wire string, or <see langword="null"/> for the default value.</summary>
    string? WireValue { get; }
}

/// <summary>Writes an <see cref="IStringValue{TSelf}"/> as its string (the default value as JSON null) and reads any string back. AOT-safe.</summary>
internal sealed class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct, IStringValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => T.FromWire(reader.GetString()!),
            JsonTokenType.Null => default,
            _ => throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value.WireValue is { } wire)
        {
            writer.WriteStringValue(wire);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
