using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.EnableX;

/// <summary>
/// A stateful simulator of the EnableX Video API on loopback, under <c>/video/v2</c> (or another version path): rooms
/// (create, list, get, PATCH, delete), tokens, live users (none), CDR reports (empty) and archive reports (the recordings
/// seeded with <see cref="AddRecording(string)"/>, by room, session, period or room and period). It checks HTTP Basic
/// APP_ID:APP_KEY (401 otherwise) and speaks EnableX's envelope: <c>{"result":0,…}</c> on success, <c>{"result":code,
/// "error","desc"}</c> on failure (unknown room: 404 with 40001; invalid body: 400 with the documented 1xxxx codes).
/// Point <c>EnableXOptions.BaseAddress</c> at <see cref="BaseAddress"/> and <c>ApiVersionPath</c> at <see cref="ApiVersionPath"/>.
/// </summary>
public sealed partial class EnableXSimulator : ProviderSimulator
{
    private readonly Dictionary<string, JsonObject> _rooms = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly List<JsonObject> _archive = [];
    private readonly TimeProvider _time;
    private int _nextId = 1;

    /// <summary>Starts a simulator that accepts <paramref name="appId"/>:<paramref name="appKey"/>.</summary>
    /// <param name="appId">The APP_ID to accept; a random one by default.</param>
    /// <param name="appKey">The APP_KEY to accept; a random one by default.</param>
    /// <param name="apiVersionPath">The version path, <c>video/v2</c> by default.</param>
    /// <param name="timeProvider">The clock of rooms and recordings (the system clock by default).</param>
    public EnableXSimulator(string? appId = null, string? appKey = null, string apiVersionPath = "video/v2", TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        AppId = appId ?? $"sim{Guid.NewGuid():N}"[..24];
        AppKey = appKey ?? $"key{Guid.NewGuid():N}";
        ApiVersionPath = apiVersionPath.Trim('/');
    }

    /// <summary>Gets the APP_ID the simulator accepts.</summary>
    public string AppId { get; }

    /// <summary>Gets the APP_KEY the simulator accepts.</summary>
    public string AppKey { get; }

    /// <summary>Gets the version path, such as <c>video/v2</c>.</summary>
    public string ApiVersionPath { get; }

    /// <summary>Gets the host to configure as <c>EnableXOptions.BaseAddress</c>.</summary>
    public Uri BaseAddress => new(Url, "/");

    /// <inheritdoc />
    public override string Provider => RoomProviders.EnableX;

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => new Dictionary<string, string?>
    {
        ["AppId"] = AppId,
        ["AppKey"] = AppKey,
        ["BaseAddress"] = BaseAddress.ToString(),
        ["ApiVersionPath"] = ApiVersionPath,
        ["MeetingSubdomain"] = "simulator",
    };

    /// <summary>Gets the number of rooms that exist now.</summary>
    public int RoomCount
    {
        get
        {
            lock (_rooms)
            {
                return _rooms.Count;
            }
        }
    }

    /// <summary>Returns a copy of a stored room, or null.</summary>
    /// <param name="roomId">The room id.</param>
    /// <returns>The room JSON.</returns>
    public JsonObject? GetRoom(string roomId)
    {
        lock (_rooms)
        {
            return _rooms.TryGetValue(roomId, out var room) ? (JsonObject)room.DeepClone() : null;
        }
    }

    /// <inheritdoc />
    protected override ResponseMessage Handle(IRequestMessage request)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AppId}:{AppKey}"));
        if (Header(request, "Authorization") != expected)
        {
            return Error(HttpStatusCode.Unauthorized, 40002, "Unauthorized", "Invalid APP_ID or APP_KEY");
        }

        var prefix = "/" + ApiVersionPath;
        var path = request.Path.TrimEnd('/');
        if (!path.StartsWith(prefix + "/", StringComparison.Ordinal))
        {
            return Error(HttpStatusCode.NotFound, 404, "Not Found", "Unknown route");
        }

        var parts = path[(prefix.Length + 1)..].Split('/');
        lock (_rooms)
        {
            return (request.Method, parts) switch
            {
                ("POST", ["rooms"]) => Create(request),
                ("GET", ["rooms"]) => Ok(new JsonObject { ["rooms"] = new JsonArray([.. _order.Select(id => (JsonNode)_rooms[id].DeepClone())]) }),
                ("GET", ["rooms", var id]) => WithRoom(id, room => Ok(new JsonObject { ["room"] = room.DeepClone() })),
                ("PATCH", ["rooms", var id]) => WithRoom(id, room => Update(room, request)),
                ("DELETE", ["rooms", var id]) => WithRoom(id, _ => Delete(id)),
                ("GET", ["rooms", var id, "users"]) => WithRoom(id, _ => Ok(new JsonObject { ["total"] = 0, ["users"] = new JsonArray() })),
                ("POST", ["rooms", var id, "tokens"]) => WithRoom(id, room => Token(room, request)),
                ("GET", ["cdr", "period", _, _] or ["cdr", "room", _] or ["cdr", "room-period", _, _, _] or ["cdr", "conf", _]) =>
                    Json(HttpStatusCode.OK, new JsonObject { ["result"] = "0", ["cdr"] = new JsonArray() }),
                ("GET", ["archive", "period", var from, var to]) => Archive(null, null, from, to),
                ("GET", ["archive", "room", var id]) => Archive(id, null, null, null),
                ("GET", ["archive", "room-period", var id, var from, var to]) => Archive(id, null, from, to),
                ("GET", ["archive", "conf", var conf]) => Archive(null, conf, null, null),
                _ => Error(HttpStatusCode.NotFound, 404, "Not Found", "Unknown route"),
            };
        }
    }

    private ResponseMessage WithRoom(string id, Func<JsonObject, ResponseMessage> then) =>
        _rooms.TryGetValue(id, out var room) ? then(room) : Error(HttpStatusCode.NotFound, 40001, "Room not found", $"No room with room_id {id}");

    private static ResponseMessage Ok(JsonObject body)
    {
        var envelope = new JsonObject { ["result"] = 0 };
        foreach (var (key, value) in body)
        {
            envelope[key] = value?.DeepClone();
        }

        return Json(HttpStatusCode.OK, envelope);
    }

    private static ResponseMessage Error(HttpStatusCode status, int code, string error, string desc) =>
        Json(status, new JsonObject { ["result"] = code, ["error"] = error, ["desc"] = desc });
}
