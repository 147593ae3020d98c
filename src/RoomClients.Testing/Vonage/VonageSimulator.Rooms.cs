using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vonage;

// Rooms: create, get, update, the guide's delete, and HAL paging by serial start_id.
public sealed partial class VonageSimulator
{
    private ResponseMessage CreateRoom(IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body?["display_name"] is not JsonValue nameValue || nameValue.GetValue<string>() is not { Length: > 0 and <= 200 } name)
        {
            return BadRequest("\"display_name\" is required and must be at most 200 characters");
        }

        var type = body["type"]?.GetValue<string>() ?? "instant";
        var now = _time.GetUtcNow();
        DateTimeOffset expires;
        if (type == "long_term")
        {
            if (!TryTime(body["expires_at"], out expires) || expires <= now.AddMinutes(10))
            {
                return BadRequest("\"expires_at\" is required for long_term rooms and must be more than 10 minutes in the future");
            }
        }
        else if (type == "instant")
        {
            expires = now.AddMinutes(10);
        }
        else
        {
            return BadRequest("\"type\" must be one of [instant, long_term]");
        }

        var id = Guid.NewGuid().ToString();
        var code = Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var room = new JsonObject
        {
            ["id"] = id,
            ["display_name"] = name,
            ["metadata"] = body["metadata"]?.DeepClone(),
            ["type"] = type,
            ["expires_at"] = Iso(expires),
            ["recording_options"] = body["recording_options"]?.DeepClone() ?? new JsonObject { ["auto_record"] = false, ["record_only_owner"] = false },
            ["meeting_code"] = code,
            ["_links"] = new JsonObject
            {
                ["host_url"] = new JsonObject { ["href"] = $"https://meetings.vonage.com/?room_token={code}&participant_token={Guid.NewGuid():N}" },
                ["guest_url"] = new JsonObject { ["href"] = $"https://meetings.vonage.com/{code}" },
            },
            ["created_at"] = Iso(now),
            ["is_available"] = true,
            ["expire_after_use"] = body["expire_after_use"]?.DeepClone() ?? false,
            ["theme_id"] = body["theme_id"]?.DeepClone() ?? (_defaultThemeId is null ? null : JsonValue.Create(_defaultThemeId)),
            ["initial_join_options"] = body["initial_join_options"]?.DeepClone() ?? new JsonObject { ["microphone_state"] = "default" },
            ["join_approval_level"] = body["join_approval_level"]?.DeepClone() ?? "none",
            ["callback_urls"] = body["callback_urls"]?.DeepClone() ?? new JsonObject(),
            ["available_features"] = body["available_features"]?.DeepClone() ?? new JsonObject(),
            ["ui_settings"] = body["ui_settings"]?.DeepClone() ?? new JsonObject { ["language"] = "default" },
            ["serial"] = _nextSerial++,
        };
        _rooms[id] = room;
        return Json(HttpStatusCode.Created, Public(room));
    }

    private ResponseMessage UpdateRoom(string id, IRequestMessage request)
    {
        if (!_rooms.TryGetValue(id, out var room))
        {
            return NotFound(id);
        }

        if (BodyObject(request)?["update_details"] is not JsonObject details || details.Count == 0)
        {
            return BadRequest("\"update_details\" must have at least one key");
        }

        string[] allowed = ["expires_at", "expire_after_use", "theme_id", "join_approval_level", "initial_join_options", "callback_urls", "available_features"];
        foreach (var (key, value) in details)
        {
            if (!allowed.Contains(key))
            {
                return BadRequest($"\"update_details.{key}\" is not allowed");
            }

            if (key == "expires_at" && (!TryTime(value, out var expires) || expires <= _time.GetUtcNow().AddMinutes(10)))
            {
                return BadRequest("\"expires_at\" must be more than 10 minutes in the future");
            }

            room[key] = key == "expires_at" && TryTime(value, out var at) ? Iso(at) : value?.DeepClone();
        }

        return Json(HttpStatusCode.OK, Public(room));
    }

    private ResponseMessage DeleteRoom(string id)
    {
        if (!SupportsRoomDeletion)
        {
            return Json(HttpStatusCode.MethodNotAllowed, new JsonObject { ["message"] = "Method not allowed", ["status"] = 405 });
        }

        return _rooms.Remove(id) ? Empty(HttpStatusCode.NoContent) : NotFound(id);
    }

    private ResponseMessage ListRooms(IRequestMessage request, string? themeId)
    {
        var pageSize = 20;
        if (Query(request, "page_size") is { } sizeText && (!int.TryParse(sizeText, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1))
        {
            return BadRequest("\"page_size\" must be a positive integer");
        }

        long? start = long.TryParse(Query(request, "start_id"), CultureInfo.InvariantCulture, out var s) ? s : null;
        long? end = long.TryParse(Query(request, "end_id"), CultureInfo.InvariantCulture, out var e) ? e : null;
        var all = _rooms.Values
            .Where(r => themeId is null || r["theme_id"]?.GetValue<string>() == themeId)
            .OrderBy(r => r["serial"]!.GetValue<long>())
            .ToList();
        var window = all.Where(r => (start is null || r["serial"]!.GetValue<long>() >= start) && (end is null || r["serial"]!.GetValue<long>() < end)).ToList();
        var page = window.Take(pageSize).ToList();
        var self = themeId is null ? $"{BaseAddress}rooms" : $"{BaseAddress}themes/{themeId}/rooms";
        var links = new JsonObject
        {
            ["first"] = new JsonObject { ["href"] = $"{self}?page_size={pageSize}" },
            ["self"] = new JsonObject { ["href"] = $"{self}?page_size={pageSize}{(start is null ? string.Empty : $"&start_id={start}")}" },
        };
        if (window.Count > page.Count)
        {
            links["next"] = new JsonObject { ["href"] = $"{self}?page_size={pageSize}&start_id={window[page.Count]["serial"]!.GetValue<long>()}" };
        }

        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["page_size"] = pageSize,
            ["total_items"] = all.Count,
            ["_embedded"] = new JsonArray(page.Select(r => (JsonNode?)Public(r)).ToArray()),
            ["_links"] = links,
        });
    }

    private static JsonObject Public(JsonObject room)
    {
        var copy = (JsonObject)room.DeepClone();
        copy.Remove("serial");
        return copy;
    }
}
