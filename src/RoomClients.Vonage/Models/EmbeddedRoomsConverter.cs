using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RoomClients.Vonage.Models;

/// <summary>Reads <c>_embedded</c> as an array of rooms (v1) or as <c>{"rooms": […]}</c> (beta); writes the array form.</summary>
internal sealed class EmbeddedRoomsConverter : JsonConverter<IList<VonageRoom>>
{
    public override IList<VonageRoom>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var listInfo = (JsonTypeInfo<List<VonageRoom>>)options.GetTypeInfo(typeof(List<VonageRoom>));
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                return JsonSerializer.Deserialize(ref reader, listInfo);
            case JsonTokenType.StartObject:
                List<VonageRoom>? rooms = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (name == "rooms" && reader.TokenType == JsonTokenType.StartArray)
                    {
                        rooms = JsonSerializer.Deserialize(ref reader, listInfo);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return rooms ?? [];
            default:
                throw new JsonException($"_embedded must be an array of rooms or an object with 'rooms'; found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IList<VonageRoom> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value as List<VonageRoom> ?? [.. value], (JsonTypeInfo<List<VonageRoom>>)options.GetTypeInfo(typeof(List<VonageRoom>)));
}
