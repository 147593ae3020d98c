using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Whereby;

// Room themes: PUT /rooms/{roomName}/theme/{tokens|logo|room-background|room-knock-page-background}, JSON or multipart.
public sealed partial class WherebySimulator
{
    private readonly Dictionary<string, JsonObject> _themes = new(StringComparer.Ordinal);

    /// <summary>Returns what was last set on a room's theme (<c>tokens</c>, <c>logo</c>, <c>room-background</c>, <c>room-knock-page-background</c>), or null.</summary>
    /// <param name="roomName">The room name, with or without its leading <c>/</c>.</param>
    /// <returns>The theme parts set so far.</returns>
    public JsonObject? GetTheme(string roomName)
    {
        lock (_meetings)
        {
            return _themes.TryGetValue(roomName.TrimStart('/'), out var theme) ? (JsonObject)theme.DeepClone() : null;
        }
    }

    private ResponseMessage SetTheme(string path, IRequestMessage request)
    {
        var parts = path["/v1/rooms/".Length..].Split("/theme/");
        var roomName = Uri.UnescapeDataString(parts[0]);
        var part = parts.Length == 2 ? parts[1] : string.Empty;
        if (part is not ("tokens" or "logo" or "room-background" or "room-knock-page-background"))
        {
            return NotFound();
        }

        var contentType = Header(request, "Content-Type") ?? string.Empty;
        JsonNode? value;
        if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) && part != "tokens")
        {
            value = new JsonObject { ["image"] = "uploaded", ["bytes"] = request.BodyAsBytes?.Length ?? request.Body?.Length ?? 0 };
        }
        else if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) && BodyObject(request) is { } json)
        {
            value = json;
        }
        else
        {
            return BadRequest("Content-Type must be multipart/form-data or application/json");
        }

        if (!_themes.TryGetValue(roomName, out var theme))
        {
            _themes[roomName] = theme = new JsonObject();
        }

        theme[part] = value;
        return Empty(HttpStatusCode.NoContent);
    }
}
