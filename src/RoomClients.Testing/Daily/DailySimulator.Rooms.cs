using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Daily;

// Rooms: create, list, get, update, delete, batch; the room properties Daily accepts.
public sealed partial class DailySimulator
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
}
