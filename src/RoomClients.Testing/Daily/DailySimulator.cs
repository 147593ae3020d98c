using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace RoomClients.Testing.Daily;

/// <summary>
/// A stateful simulator of the Daily REST API v1 on loopback: rooms (create, get, list with <c>starting_after</c> paging,
/// update with POST, delete; rooms past <c>exp</c> act as deleted), meeting tokens (HS256 JWTs signed with the API key,
/// which <c>GET /meeting-tokens/{token}</c> validates), recordings (seeded with <see cref="AddRecording(string)"/>: list, get,
/// access link, delete), batch rooms, presence (empty) and webhooks. A missing <c>Authorization</c> gets 400
/// <c>authorization-header-error</c>, a wrong key 401 <c>authentication-error</c>, an unknown room 404
/// <c>not-found</c>, an invalid body (unknown or mistyped property, bad name, duplicate name) 400
/// <c>invalid-request-error</c>, all as <c>{"error", "info"}</c>. Point <c>DailyOptions.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed partial class DailySimulator : ProviderSimulator
{
    private readonly Dictionary<string, JsonObject> _rooms = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, JsonObject> _recordings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _webhooks = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private int _tokens;
    private int _created;

    /// <summary>Starts a simulator that accepts <paramref name="apiKey"/>.</summary>
    /// <param name="apiKey">The API key to accept; a random one by default.</param>
    /// <param name="domain">The Daily domain of room URLs (<c>https://&lt;domain&gt;.daily.co/&lt;room&gt;</c>).</param>
    /// <param name="timeProvider">The clock that decides when rooms expire (default: system).</param>
    public DailySimulator(string? apiKey = null, string domain = "roomclients-sim", TimeProvider? timeProvider = null)
    {
        ApiKey = apiKey ?? $"sim-{Guid.NewGuid():N}";
        Domain = domain;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the API key the simulator accepts.</summary>
    public string ApiKey { get; }

    /// <summary>Gets the Daily domain of room URLs.</summary>
    public string Domain { get; }

    /// <summary>Gets the base address to configure: <c>{Url}/v1/</c>.</summary>
    public Uri BaseAddress => new(Url, "/v1/");

    /// <inheritdoc />
    public override string Provider => RoomProviders.Daily;

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => new Dictionary<string, string?>
    {
        ["ApiKey"] = ApiKey,
        ["BaseAddress"] = BaseAddress.ToString(),
    };

    /// <summary>Gets the number of rooms that exist now (not expired, not deleted).</summary>
    public int RoomCount
    {
        get
        {
            lock (_rooms)
            {
                return _rooms.Keys.Count(IsLive);
            }
        }
    }

    /// <summary>Gets the number of rooms ever created.</summary>
    public int CreatedCount => Volatile.Read(ref _created);

    /// <summary>Gets the number of meeting tokens signed.</summary>
    public int TokenCount => Volatile.Read(ref _tokens);

    /// <summary>Returns a copy of a room as stored, or <see langword="null"/>.</summary>
    /// <param name="name">The room name.</param>
    /// <returns>The room.</returns>
    public JsonObject? GetRoom(string name)
    {
        lock (_rooms)
        {
            return _rooms.TryGetValue(name, out var room) ? (JsonObject)room.DeepClone() : null;
        }
    }

    /// <inheritdoc />
    protected override ResponseMessage Handle(IRequestMessage request)
    {
        var authorization = Header(request, "Authorization");
        if (string.IsNullOrEmpty(authorization))
        {
            return Error(HttpStatusCode.BadRequest, "authorization-header-error", "missing Authorization header");
        }

        if (authorization != $"Bearer {ApiKey}")
        {
            return Error(HttpStatusCode.Unauthorized, "authentication-error", "Invalid API key");
        }

        var path = request.Path.TrimEnd('/');
        if (!path.StartsWith("/v1", StringComparison.Ordinal))
        {
            return NotFound("route");
        }

        var segments = path["/v1".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        lock (_rooms)
        {
            return (request.Method, segments) switch
            {
                ("POST", ["rooms"]) => CreateRoom(BodyObject(request), request.Body),
                ("GET", ["rooms"]) => ListRooms(request),
                ("GET", ["rooms", var name]) => GetRoomResponse(name),
                ("POST", ["rooms", var name]) => UpdateRoom(name, BodyObject(request), request.Body),
                ("DELETE", ["rooms", var name]) => DeleteRoom(name),
                ("GET", ["rooms", var name, "presence"]) => LiveRoom(name) is null ? NotFound($"room {name}") : Json(HttpStatusCode.OK, new JsonObject { ["total_count"] = 0, ["data"] = new JsonArray() }),
                ("GET", ["presence"]) => Json(HttpStatusCode.OK, new JsonObject()),
                ("POST", ["batch", "rooms"]) => BatchCreate(BodyObject(request)),
                ("DELETE", ["batch", "rooms"]) => BatchDelete(BodyObject(request)),
                ("POST", ["meeting-tokens"]) => CreateToken(BodyObject(request)),
                ("GET", ["meeting-tokens", var token]) => ValidateToken(token),
                ("GET", ["meetings"]) => Json(HttpStatusCode.OK, new JsonObject { ["total_count"] = 0, ["data"] = new JsonArray() }),
                ("GET", ["recordings"]) => ListRecordings(request),
                ("GET", ["recordings", var id]) => _recordings.TryGetValue(id, out var recording) ? Json(HttpStatusCode.OK, recording.DeepClone()) : NotFound($"recording {id}"),
                ("GET", ["recordings", var id, "access-link"]) => AccessLink(id, request),
                ("DELETE", ["recordings", var id]) => DeleteRecording(id),
                ("POST", ["webhooks"]) => CreateWebhook(BodyObject(request)),
                ("GET", ["webhooks"]) => Json(HttpStatusCode.OK, new JsonArray(_webhooks.Values.Select(w => (JsonNode?)w.DeepClone()).ToArray())),
                ("GET", ["webhooks", var id]) => _webhooks.TryGetValue(id, out var webhook) ? Json(HttpStatusCode.OK, webhook.DeepClone()) : NotFound($"webhook {id}"),
                ("POST", ["webhooks", var id]) => UpdateWebhook(id, BodyObject(request)),
                ("DELETE", ["webhooks", var id]) => _webhooks.Remove(id) ? Json(HttpStatusCode.OK, new JsonObject { ["uuid"] = id }) : NotFound($"webhook {id}"),
                _ => NotFound("route"),
            };
        }
    }

    private JsonObject? LiveRoom(string name) => IsLive(name) ? _rooms[name] : null;

    private bool IsLive(string name) =>
        _rooms.TryGetValue(name, out var room)
        && !(room["config"]?["exp"] is JsonValue exp && exp.GetValue<long>() <= _time.GetUtcNow().ToUnixTimeSeconds());

    private static ResponseMessage NotFound(string what) => Error(HttpStatusCode.NotFound, "not-found", $"{what} was not found");

    private static ResponseMessage Error(HttpStatusCode status, string error, string info) =>
        Json(status, new JsonObject { ["error"] = error, ["info"] = info });

    private static string RandomName()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(20, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
