using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Whereby;

/// <summary>
/// A stateful simulator of the Whereby REST API v1 on loopback: meetings (create, then get, list with cursor paging and
/// delete see the same rooms), recordings (seeded with <see cref="AddRecording"/>: list, get, access link, delete) and
/// room themes (JSON or multipart, anything else 400); a wrong or missing Bearer key gets 401, an unknown id 404, an invalid body 400, all with
/// Whereby's documented shapes. Point <c>WherebyOptions.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed class WherebySimulator : ProviderSimulator
{
    private readonly Dictionary<string, JsonObject> _meetings = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, JsonObject> _recordings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _themes = new(StringComparer.Ordinal);
    private int _nextId = 1000;

    /// <summary>Starts a simulator that accepts <paramref name="apiKey"/>.</summary>
    /// <param name="apiKey">The API key to accept; a random one by default.</param>
    /// <param name="subdomain">The organization subdomain used in room URLs.</param>
    public WherebySimulator(string? apiKey = null, string subdomain = "roomclients-sim")
    {
        ApiKey = apiKey ?? $"sim-{Guid.NewGuid():N}";
        Subdomain = subdomain;
    }

    /// <summary>Gets the API key the simulator accepts.</summary>
    public string ApiKey { get; }

    /// <summary>Gets the organization subdomain of room URLs.</summary>
    public string Subdomain { get; }

    /// <summary>Gets the base address to configure: <c>{Url}/v1/</c>.</summary>
    public Uri BaseAddress => new(Url, "/v1/");

    /// <inheritdoc />
    public override string Provider => RoomProviders.Whereby;

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => new Dictionary<string, string?>
    {
        ["ApiKey"] = ApiKey,
        ["BaseAddress"] = BaseAddress.ToString(),
    };

    /// <summary>Gets the number of meetings that exist now.</summary>
    public int MeetingCount
    {
        get
        {
            lock (_meetings)
            {
                return _meetings.Count;
            }
        }
    }

    /// <summary>Gets the number of meetings ever created.</summary>
    public int CreatedCount { get; private set; }

    /// <summary>Adds a finished cloud recording of <paramref name="roomName"/>, as Whereby would after a recorded session.</summary>
    /// <param name="roomName">The room name, such as <c>/demo-uuid</c>.</param>
    /// <param name="sizeInMegaBytes">The file size.</param>
    /// <returns>The recording id.</returns>
    public string AddRecording(string roomName, double sizeInMegaBytes = 12.5)
    {
        lock (_meetings)
        {
            var id = Guid.NewGuid().ToString();
            var now = DateTimeOffset.UtcNow;
            _recordings[id] = new JsonObject
            {
                ["recordingId"] = id,
                ["roomSessionId"] = Guid.NewGuid().ToString(),
                ["roomName"] = roomName,
                ["filename"] = $"{roomName.TrimStart('/')}-{now:yyyyMMddHHmmss}.mp4",
                ["startDate"] = now.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                ["endDate"] = now.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                ["sizeInMegaBytes"] = sizeInMegaBytes,
            };
            return id;
        }
    }

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

    /// <inheritdoc />
    protected override ResponseMessage Handle(IRequestMessage request)
    {
        if (Header(request, "Authorization") != $"Bearer {ApiKey}")
        {
            return Json(HttpStatusCode.Unauthorized, new JsonObject { ["error"] = "Access token is missing or invalid" });
        }

        var path = request.Path.TrimEnd('/');
        lock (_meetings)
        {
            return (request.Method, path) switch
            {
                ("POST", "/v1/meetings") => Create(request),
                ("GET", "/v1/meetings") => List(request),
                ("GET", var p) when p.StartsWith("/v1/meetings/", StringComparison.Ordinal) => Get(p["/v1/meetings/".Length..], request),
                ("DELETE", var p) when p.StartsWith("/v1/meetings/", StringComparison.Ordinal) => Delete(p["/v1/meetings/".Length..]),
                ("GET", "/v1/recordings") => ListRecordings(request),
                ("GET", var p) when p.StartsWith("/v1/recordings/", StringComparison.Ordinal) && p.EndsWith("/access-link", StringComparison.Ordinal) =>
                    AccessLink(p["/v1/recordings/".Length..^"/access-link".Length], request),
                ("GET", var p) when p.StartsWith("/v1/recordings/", StringComparison.Ordinal) => Find(_recordings, p["/v1/recordings/".Length..]),
                ("DELETE", var p) when p.StartsWith("/v1/recordings/", StringComparison.Ordinal) => Remove(_recordings, p["/v1/recordings/".Length..]),
                ("PUT", var p) when p.StartsWith("/v1/rooms/", StringComparison.Ordinal) && p.Contains("/theme/", StringComparison.Ordinal) => SetTheme(p, request),
                _ => Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = "The requested resource doesn't exist" }),
            };
        }
    }

    private ResponseMessage Create(IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body?["endDate"]?.GetValue<string>() is not { } endText
            || !DateTimeOffset.TryParse(endText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var endDate))
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "\"endDate\" is required and must be a date-time" });
        }

        if (endDate < DateTimeOffset.UtcNow.AddMinutes(-1))
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "\"endDate\" must be in the future" });
        }

        var prefix = body["roomNamePrefix"]?.GetValue<string>() ?? string.Empty;
        var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
        var roomName = $"/{prefix}{(prefix.Length > 0 ? "-" : string.Empty)}{Guid.NewGuid()}";
        var roomUrl = $"https://{Subdomain}.whereby.com{roomName}";
        var meeting = new JsonObject
        {
            ["meetingId"] = id,
            ["roomName"] = roomName,
            ["roomUrl"] = roomUrl,
            ["startDate"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["endDate"] = endDate.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["hostRoomUrl"] = $"{roomUrl}?roomKey={Guid.NewGuid():N}",
            ["viewerRoomUrl"] = $"https://{Subdomain}.whereby.com/viewer-{Guid.NewGuid():N}",
        };
        _meetings[id] = meeting;
        _order.Add(id);
        CreatedCount++;
        var fields = body["fields"] is JsonArray array ? array.Select(f => f?.GetValue<string>()).ToList() : [];
        return Json(HttpStatusCode.Created, Project(meeting, fields));
    }

    private ResponseMessage Get(string id, IRequestMessage request)
    {
        id = Uri.UnescapeDataString(id);
        return _meetings.TryGetValue(id, out var meeting)
            ? Json(HttpStatusCode.OK, Project(meeting, FieldsOf(request)))
            : Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = "The requested resource doesn't exist" });
    }

    private ResponseMessage List(IRequestMessage request)
    {
        var limitText = Query(request, "limit");
        var limit = 50;
        if (limitText is not null && (!int.TryParse(limitText, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > 100))
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "\"limit\" must be between 1 and 100" });
        }

        var start = int.TryParse(Query(request, "cursor"), CultureInfo.InvariantCulture, out var c) ? c : 0;
        var live = _order.Where(_meetings.ContainsKey).ToList();
        var page = live.Skip(start).Take(limit).ToList();
        var fields = FieldsOf(request);
        var results = new JsonArray(page.Select(id => (JsonNode?)Project(_meetings[id], fields)).ToArray());
        var next = start + page.Count < live.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Json(HttpStatusCode.OK, new JsonObject { ["results"] = results, ["cursor"] = next });
    }

    private ResponseMessage Delete(string id)
    {
        _meetings.Remove(Uri.UnescapeDataString(id)); // idempotent, as documented: 204 even when already gone
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage ListRecordings(IRequestMessage request)
    {
        var roomName = Query(request, "roomName");
        var items = _recordings.Values.Where(r => roomName is null || r["roomName"]!.GetValue<string>() == roomName).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject { ["results"] = new JsonArray(items), ["cursor"] = null });
    }

    private ResponseMessage AccessLink(string id, IRequestMessage request)
    {
        if (!_recordings.TryGetValue(Uri.UnescapeDataString(id), out var recording))
        {
            return Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = "The requested resource doesn't exist" });
        }

        var seconds = int.TryParse(Query(request, "validForSeconds"), CultureInfo.InvariantCulture, out var s) ? s : 3600;
        if (seconds is < 1 or > 43200)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "\"validForSeconds\" must be between 1 and 43200" });
        }

        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["accessLink"] = $"https://recordings.example.test/{recording["filename"]}?signature={Guid.NewGuid():N}",
            ["expires"] = DateTimeOffset.UtcNow.AddSeconds(seconds).ToUnixTimeMilliseconds(),
        });
    }

    private ResponseMessage SetTheme(string path, IRequestMessage request)
    {
        var parts = path["/v1/rooms/".Length..].Split("/theme/");
        var roomName = Uri.UnescapeDataString(parts[0]);
        var part = parts.Length == 2 ? parts[1] : string.Empty;
        if (part is not ("tokens" or "logo" or "room-background" or "room-knock-page-background"))
        {
            return Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = "The requested resource doesn't exist" });
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
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "Content-Type must be multipart/form-data or application/json" });
        }

        if (!_themes.TryGetValue(roomName, out var theme))
        {
            _themes[roomName] = theme = new JsonObject();
        }

        theme[part] = value;
        return Empty(HttpStatusCode.NoContent);
    }

    private static ResponseMessage Find(Dictionary<string, JsonObject> items, string id) =>
        items.TryGetValue(Uri.UnescapeDataString(id), out var item)
            ? Json(HttpStatusCode.OK, item.DeepClone())
            : Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = "The requested resource doesn't exist" });

    private static ResponseMessage Remove(Dictionary<string, JsonObject> items, string id)
    {
        items.Remove(Uri.UnescapeDataString(id));
        return Empty(HttpStatusCode.NoContent);
    }

    private static List<string?> FieldsOf(IRequestMessage request) =>
        (Query(request, "fields") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => (string?)f).ToList();

    private static JsonObject Project(JsonObject meeting, List<string?> fields)
    {
        var copy = (JsonObject)meeting.DeepClone();
        if (!fields.Contains("hostRoomUrl"))
        {
            copy.Remove("hostRoomUrl");
        }

        if (!fields.Contains("viewerRoomUrl"))
        {
            copy.Remove("viewerRoomUrl");
        }

        return copy;
    }
}
