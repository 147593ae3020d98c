using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>
/// Reads and writes a <see cref="RoomReference"/> as its string form <c>name:id</c> (and as a property name, for
/// dictionaries keyed by reference). <see langword="default"/> is written as <see langword="null"/>. Text that is not a
/// reference fails with <see cref="JsonException"/>. No reflection: usable with source-generated contexts and Native AOT.
/// Applied to <see cref="RoomReference"/> by its attribute; public only so that a source-generated context in any
/// assembly can create it.
/// </summary>
public sealed class RoomReferenceJsonConverter : JsonConverter<RoomReference>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override RoomReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => default,
            JsonTokenType.String => Parse(ref reader),
            _ => throw new JsonException($"A room reference is a JSON string (name:id); found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RoomReference value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.ToString());
    }

    /// <inheritdoc />
    public override RoomReference ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RoomReference value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.IsEmpty ? throw new JsonException("The default RoomReference references no room and cannot be a property name.") : value.ToString());

    private static RoomReference Parse(ref Utf8JsonReader reader)
    {
        var text = reader.GetString();
        return RoomReference.TryParse(text, out var reference)
            ? reference
            : throw new JsonException($"'{(text is { Length: > 100 } ? string.Concat(text.AsSpan(0, 100), "…") : text)}' is not a room reference (name:id).");
    }
}
