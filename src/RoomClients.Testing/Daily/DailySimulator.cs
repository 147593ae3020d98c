using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;

namespace RoomClients.Testing.Daily;

/// <summary>
/// A stateful simulator of the Daily REST API v1 on loopback: rooms (create, get, list with <c>starting_after</c> paging,
/// update with POST, delete; rooms past <c>exp</c> act as deleted), meeting tokens (HS256 JWTs signed with the API key,
/// which <c>GET /meeting-tokens/{token}</c> validates), recordings (seeded with <see cref="AddRecording"/>: list, get,
/// access link, delete), batch rooms, presence (empty) and webhooks. A missing <c>Authorization</c> gets 400
/// <c>authorization-header-error</c>, a wrong key 401 <c>authentication-error</c>, an unknown room 404
/// <c>not-found</c>, an invalid body (unknown or mistyped property, bad name, duplicate name) 400
/// <c>invalid-request-error</c>, all as <c>{"error", "info"}</c>. Point <c>DailyOptions.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed partial class DailySimulator : ProviderSimulator
{
    private static readonly JsonValueKind[] Bool = [JsonValueKind.True, JsonValueKind.False]; // before RoomProperties, which uses it

    private static readonly Dictionary<string, JsonValueKind[]> RoomProperties = new(StringComparer.Ordinal)
    {
        ["nbf"] = [JsonValueKind.Number], ["exp"] = [JsonValueKind.Number], ["max_participants"] = [JsonValueKind.Number],
        ["enable_people_ui"] = Bool, ["enable_pip_ui"] = Bool, ["enable_emoji_reactions"] = Bool, ["enable_hand_raising"] = Bool,
        ["enable_prejoin_ui"] = Bool, ["enable_live_captions_ui"] = Bool, ["enable_network_ui"] = Bool, ["enable_noise_cancellation_ui"] = Bool,
        ["enable_breakout_rooms"] = Bool, ["enable_knocking"] = Bool, ["enable_screenshare"] = Bool, ["enable_video_processing_ui"] = Bool,
        ["enable_chat"] = Bool, ["enable_shared_chat_history"] = Bool, ["start_video_off"] = Bool, ["start_audio_off"] = Bool,
        ["owner_only_broadcast"] = Bool, ["enable_recording"] = [JsonValueKind.String], ["eject_at_room_exp"] = Bool,
        ["eject_after_elapsed"] = [JsonValueKind.Number], ["enable_advanced_chat"] = Bool, ["enable_hidden_participants"] = Bool,
        ["enable_mesh_sfu"] = Bool, ["sfu_switchover"] = [JsonValueKind.Number], ["enable_adaptive_simulcast"] = Bool,
        ["enable_multiparty_adaptive_simulcast"] = Bool, ["enforce_unique_user_ids"] = Bool, ["experimental_optimize_large_calls"] = Bool,
        ["lang"] = [JsonValueKind.String], ["meeting_join_hook"] = [JsonValueKind.String], ["geo"] = [JsonValueKind.String],
        ["rtmp_geo"] = [JsonValueKind.String], ["disable_rtmp_geo_fallback"] = Bool, ["recordings_bucket"] = [JsonValueKind.Object],
        ["enable_terse_logging"] = Bool, ["auto_transcription_settings"] = [JsonValueKind.Object], ["enable_transcription_storage"] = Bool,
        ["transcription_bucket"] = [JsonValueKind.Object], ["recordings_template"] = [JsonValueKind.String],
        ["streaming_endpoints"] = [JsonValueKind.Array], ["permissions"] = [JsonValueKind.Object],
    };

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

    /// <summary>Verifies a meeting token this simulator signed and returns its properties, or <see langword="null"/> when it is not one of its tokens.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The properties.</returns>
    public JsonObject? ReadToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var expected = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiKey), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Adds a finished cloud recording of <paramref name="roomName"/>, as Daily would after a recorded meeting.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="durationSeconds">The duration.</param>
    /// <returns>The recording id.</returns>
    public string AddRecording(string roomName, int durationSeconds = 600)
    {
        lock (_rooms)
        {
            var id = Guid.NewGuid().ToString();
            var start = _time.GetUtcNow().AddSeconds(-durationSeconds).ToUnixTimeSeconds();
            _recordings[id] = new JsonObject
            {
                ["id"] = id,
                ["room_name"] = roomName,
                ["start_ts"] = start,
                ["status"] = "finished",
                ["max_participants"] = 2,
                ["duration"] = durationSeconds,
                ["share_token"] = Guid.NewGuid().ToString("N")[..12],
                ["s3key"] = $"{Domain}/{roomName}/{start * 1000}",
                ["mtgSessionId"] = Guid.NewGuid().ToString(),
                ["tracks"] = new JsonArray(),
            };
            return id;
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
                ("DELETE", ["recordings", var id]) => _recordings.Remove(id) ? Json(HttpStatusCode.OK, new JsonObject { ["deleted"] = true, ["id"] = id }) : NotFound($"recording {id}"),
                ("POST", ["webhooks"]) => CreateWebhook(BodyObject(request)),
                ("GET", ["webhooks"]) => Json(HttpStatusCode.OK, new JsonArray(_webhooks.Values.Select(w => (JsonNode?)w.DeepClone()).ToArray())),
                ("GET", ["webhooks", var id]) => _webhooks.TryGetValue(id, out var webhook) ? Json(HttpStatusCode.OK, webhook.DeepClone()) : NotFound($"webhook {id}"),
                ("POST", ["webhooks", var id]) => UpdateWebhook(id, BodyObject(request)),
                ("DELETE", ["webhooks", var id]) => _webhooks.Remove(id) ? Json(HttpStatusCode.OK, new JsonObject { ["uuid"] = id }) : NotFound($"webhook {id}"),
                _ => NotFound("route"),
            };
        }
    }

    private ResponseMessage CreateRoom(JsonObject? body, string? raw)
    {
        if (body is null && !string.IsNullOrWhiteSpace(raw))
        {
            return Error(HttpStatusCode.BadRequest, "json-parsing-error", "the body is not a JSON object");
        }

        var (room, error) = NewRoom(body ?? []);
        if (error is not null)
        {
            return error;
        }

        Store(room!);
        return Json(HttpStatusCode.OK, room!.DeepClone());
    }

    private (JsonObject? Room, ResponseMessage? Error) NewRoom(JsonObject body)
    {
        var name = body["name"] is JsonValue n && n.TryGetValue<string>(out var given) ? given : RandomName();
        if (!NamePattern().IsMatch(name))
        {
            return (null, Error(HttpStatusCode.BadRequest, "invalid-request-error", "name must be 1 to 128 characters of A-Z, a-z, 0-9, '-' and '_'"));
        }

        if (IsLive(name))
        {
            return (null, Error(HttpStatusCode.BadRequest, "invalid-request-error", $"a room named {name} already exists"));
        }

        if (CheckPrivacy(body) is { } privacyError)
        {
            return (null, privacyError);
        }

        var config = new JsonObject();
        if (CheckProperties(body["properties"], config) is { } propertiesError)
        {
            return (null, propertiesError);
        }

        return (new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = name,
            ["api_created"] = true,
            ["privacy"] = body["privacy"]?.GetValue<string>() ?? "public",
            ["url"] = $"https://{Domain}.daily.co/{name}",
            ["created_at"] = _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["config"] = config,
        }, null);
    }

    private void Store(JsonObject room)
    {
        var name = room["name"]!.GetValue<string>();
        _rooms[name] = room;
        _order.Remove(name);
        _order.Add(name);
        Interlocked.Increment(ref _created);
    }

    private ResponseMessage ListRooms(IRequestMessage request)
    {
        var limit = 100;
        if (Query(request, "limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "limit must be between 1 and 100");
        }

        var live = _order.Where(IsLive).Reverse().Select(name => _rooms[name]).ToList(); // newest first
        var start = 0;
        if (Query(request, "starting_after") is { } after)
        {
            var index = live.FindIndex(r => r["id"]!.GetValue<string>() == after);
            if (index < 0)
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", "starting_after must be the id of a room");
            }

            start = index + 1;
        }

        var page = live.Skip(start).Take(limit).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject { ["total_count"] = live.Count, ["data"] = new JsonArray(page) });
    }

    private ResponseMessage GetRoomResponse(string name) =>
        LiveRoom(name) is { } room ? Json(HttpStatusCode.OK, room.DeepClone()) : NotFound($"room {name}");

    private ResponseMessage UpdateRoom(string name, JsonObject? body, string? raw)
    {
        if (LiveRoom(name) is not { } room)
        {
            return NotFound($"room {name}");
        }

        if (body is null)
        {
            return Error(HttpStatusCode.BadRequest, string.IsNullOrWhiteSpace(raw) ? "invalid-request-error" : "json-parsing-error", "the body must be a JSON object");
        }

        if (CheckPrivacy(body) is { } privacyError)
        {
            return privacyError;
        }

        var config = (JsonObject)room["config"]!.DeepClone();
        if (CheckProperties(body["properties"], config) is { } propertiesError)
        {
            return propertiesError;
        }

        room["config"] = config;
        if (body["privacy"] is JsonValue privacy)
        {
            room["privacy"] = privacy.GetValue<string>();
        }

        return Json(HttpStatusCode.OK, room.DeepClone());
    }

    private ResponseMessage DeleteRoom(string name)
    {
        if (!_rooms.TryGetValue(name, out _))
        {
            return NotFound($"room {name}");
        }

        var live = IsLive(name);
        _rooms.Remove(name);
        _order.Remove(name);
        return live
            ? Json(HttpStatusCode.OK, new JsonObject { ["deleted"] = true, ["name"] = name })
            : Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = "not-found", ["info"] = $"room {name} was not found", ["deleted"] = true });
    }

    private ResponseMessage BatchCreate(JsonObject? body)
    {
        if (body?["rooms"] is not JsonArray rooms || rooms.Count == 0)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "rooms must be a non-empty array");
        }

        var created = new List<JsonObject>();
        foreach (var item in rooms)
        {
            var (room, error) = NewRoom(item as JsonObject ?? []);
            if (error is not null)
            {
                return error; // all or nothing
            }

            if (created.Any(r => r["name"]!.GetValue<string>() == room!["name"]!.GetValue<string>()))
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", "room names must be unique");
            }

            created.Add(room!);
        }

        created.ForEach(Store);
        return Json(HttpStatusCode.OK, new JsonArray(created.Select(r => (JsonNode?)r.DeepClone()).ToArray()));
    }

    private ResponseMessage BatchDelete(JsonObject? body)
    {
        if (body?["room_names"] is not JsonArray names || names.Count is 0 or > 1000)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "room_names must be an array of 1 to 1000 names");
        }

        var list = names.Select(n => n?.GetValue<string>() ?? string.Empty).ToList();
        if (list.FirstOrDefault(n => !IsLive(n)) is { } missing)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", $"room {missing} was not found"); // all or nothing
        }

        foreach (var name in list)
        {
            _rooms.Remove(name);
            _order.Remove(name);
        }

        return Json(HttpStatusCode.OK, new JsonObject { ["deleted_count"] = list.Count });
    }

    private ResponseMessage CreateToken(JsonObject? body)
    {
        if (body?["properties"] is not JsonObject properties)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "properties must be an object");
        }

        foreach (var (key, kind) in new[] { ("exp", JsonValueKind.Number), ("nbf", JsonValueKind.Number), ("room_name", JsonValueKind.String), ("is_owner", JsonValueKind.True) })
        {
            if (properties[key] is { } value && value.GetValueKind() != kind && !(kind == JsonValueKind.True && value.GetValueKind() == JsonValueKind.False))
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", $"{key} has the wrong type");
            }
        }

        var payload = (JsonObject)properties.DeepClone();
        payload["iat"] = _time.GetUtcNow().ToUnixTimeSeconds();
        var header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var claims = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiKey), Encoding.ASCII.GetBytes(header + "." + claims)));
        Interlocked.Increment(ref _tokens);
        return Json(HttpStatusCode.OK, new JsonObject { ["token"] = $"{header}.{claims}.{signature}" });
    }

    private ResponseMessage ValidateToken(string token)
    {
        if (ReadToken(token) is not { } payload)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "token is not valid");
        }

        if (payload["exp"] is JsonValue exp && exp.GetValue<double>() < _time.GetUtcNow().ToUnixTimeSeconds())
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "token has expired");
        }

        payload.Remove("iat");
        return Json(HttpStatusCode.OK, payload);
    }

    private ResponseMessage ListRecordings(IRequestMessage request)
    {
        var roomName = Query(request, "room_name");
        var items = _recordings.Values.Where(r => roomName is null || r["room_name"]!.GetValue<string>() == roomName).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject { ["total_count"] = items.Length, ["data"] = new JsonArray(items) });
    }

    private ResponseMessage AccessLink(string id, IRequestMessage request)
    {
        if (!_recordings.TryGetValue(id, out var recording))
        {
            return NotFound($"recording {id}");
        }

        var seconds = 3600;
        if (Query(request, "valid_for_secs") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) || seconds is < 1 or > 43200))
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "valid_for_secs must be between 1 and 43200");
        }

        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["download_link"] = $"https://daily-recordings.example.test/{recording["s3key"]}?X-Amz-Signature={Guid.NewGuid():N}",
            ["expires"] = _time.GetUtcNow().AddSeconds(seconds).ToUnixTimeSeconds(),
        });
    }

    private ResponseMessage CreateWebhook(JsonObject? body)
    {
        if (body?["url"] is not JsonValue url || !Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "url is required");
        }

        var id = Guid.NewGuid().ToString();
        var now = _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var webhook = new JsonObject
        {
            ["uuid"] = id,
            ["url"] = url.GetValue<string>(),
            ["hmac"] = body["hmac"]?.GetValue<string>() ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["basicAuth"] = body["basicAuth"]?.GetValue<string>(),
            ["retryType"] = body["retryType"]?.GetValue<string>() ?? "circuit-breaker",
            ["eventTypes"] = body["eventTypes"]?.DeepClone() ?? new JsonArray(),
            ["state"] = "ACTIVE",
            ["failedCount"] = 0,
            ["lastMomentPushed"] = null,
            ["domainId"] = Guid.NewGuid().ToString(),
            ["createdAt"] = now,
            ["updatedAt"] = now,
        };
        _webhooks[id] = webhook;
        return Json(HttpStatusCode.OK, webhook.DeepClone());
    }

    private ResponseMessage UpdateWebhook(string id, JsonObject? body)
    {
        if (!_webhooks.TryGetValue(id, out var webhook))
        {
            return NotFound($"webhook {id}");
        }

        foreach (var key in new[] { "url", "hmac", "basicAuth", "retryType", "eventTypes" })
        {
            if (body?[key] is { } value)
            {
                webhook[key] = value.DeepClone();
            }
        }

        webhook["state"] = "ACTIVE"; // an update re-activates a failed webhook
        webhook["failedCount"] = 0;
        return Json(HttpStatusCode.OK, webhook.DeepClone());
    }

    private static ResponseMessage? CheckPrivacy(JsonObject body) =>
        body["privacy"] is { } privacy && (privacy.GetValueKind() != JsonValueKind.String || privacy.GetValue<string>() is not ("public" or "private"))
            ? Error(HttpStatusCode.BadRequest, "invalid-request-error", "privacy must be 'public' or 'private'")
            : null;

    /// <summary>Checks <paramref name="node"/> against Daily's room properties (names and JSON types) and merges it into <paramref name="config"/>; null removes a property.</summary>
    private static ResponseMessage? CheckProperties(JsonNode? node, JsonObject config)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject properties)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "properties must be an object");
        }

        foreach (var (key, value) in properties)
        {
            if (!RoomProperties.TryGetValue(key, out var kinds))
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", $"unknown property {key}");
            }

            if (value is null)
            {
                config.Remove(key);
                continue;
            }

            var kind = value.GetValueKind();
            if (!kinds.Contains(kind) || (key is "exp" or "nbf" or "max_participants" or "eject_after_elapsed" && !value.AsValue().TryGetValue<long>(out _)))
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", $"{key} has the wrong type");
            }

            if (key == "enable_recording" && value.GetValue<string>() is not ("cloud" or "local" or "raw-tracks"))
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", "enable_recording must be cloud, local or raw-tracks");
            }

            config[key] = value.DeepClone();
        }

        return null;
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
