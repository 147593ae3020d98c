using System.Net;
using System.Text;
using System.Text.Json;
using RoomClients.Http;

namespace RoomClients.Vectera;

/// <summary>
/// Reads Vectera's error bodies: <c>{"detail": "…"}</c> (optionally with <c>code</c>) and field maps such as
/// <c>{"key": ["…"], "non_field_errors": ["…"]}</c>, written as <c>key: …; non_field_errors: …</c>.
/// </summary>
internal sealed class VecteraErrorParser : IProviderErrorParser
{
    public static VecteraErrorParser Instance { get; } = new();

    public ProviderError? Parse(HttpStatusCode statusCode, ReadOnlySpan<byte> body, string? mediaType)
    {
        if (body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
            {
                var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                return new ProviderError(code, detail.GetString());
            }

            var messages = new StringBuilder();
            foreach (var property in root.EnumerateObject())
            {
                var texts = property.Value.ValueKind switch
                {
                    JsonValueKind.Array => property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).ToList(),
                    JsonValueKind.String => [property.Value.GetString()],
                    _ => [],
                };
                if (texts.Count > 0)
                {
                    messages.Append(messages.Length > 0 ? "; " : string.Empty).Append(property.Name).Append(": ").AppendJoin(' ', texts);
                }
            }

            return messages.Length > 0 ? new ProviderError(null, messages.ToString()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
