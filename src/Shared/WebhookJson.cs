// Shared source: compiled into each provider package as an internal type.
using System.Text.Json;

namespace RoomClients;

/// <summary>Reading webhook and callback bodies the same way in every provider.</summary>
internal static class WebhookJson
{
    /// <summary>Parses <paramref name="body"/> as a JSON object, detached from its document; throws <see cref="RoomWebhookException"/> otherwise.</summary>
    public static JsonElement ParseObject(string provider, ReadOnlySpan<byte> body, string what)
    {
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw Malformed(provider, $"the {what} body is not JSON.", ex);
        }

        return root.ValueKind == JsonValueKind.Object ? root : throw Malformed(provider, $"the {what} body is not a JSON object.");
    }

    /// <summary>The rejection of a verified request whose body is not an event (a webhook endpoint answers 400, not 401).</summary>
    public static RoomWebhookException Malformed(string provider, string message, Exception? innerException = null) =>
        new(provider, message, innerException) { Rejection = Webhooks.RoomWebhookRejection.MalformedBody };

    /// <summary>Returns a string or number property as text, or <see langword="null"/> (also when <paramref name="element"/> is not an object).</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
