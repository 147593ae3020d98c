using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.EnableX;

public sealed partial class EnableXSimulator
{
    private ResponseMessage Create(IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body?["name"] is not JsonValue name || string.IsNullOrWhiteSpace(name.ToString()))
        {
            return Error(HttpStatusCode.BadRequest, 10002, "Name missing", "Room name is required");
        }

        if (body["owner_ref"] is null)
        {
            return Error(HttpStatusCode.BadRequest, 10010, "Owner missing", "owner_ref is required");
        }

        if (body["settings"] is not JsonObject settings)
        {
            return Error(HttpStatusCode.BadRequest, 10009, "Settings missing", "settings is required");
        }

        var scheduled = settings["scheduled"]?.GetValue<bool>() ?? false;
        if (scheduled)
        {
            var time = settings["scheduled_time"]?.GetValue<string>();
            if (time is null)
            {
                return Error(HttpStatusCode.BadRequest, 10004, "Scheduled time missing", "scheduled_time is required for a scheduled room");
            }

            if (!DateTimeOffset.TryParseExact(time, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                return Error(HttpStatusCode.BadRequest, 10005, "Invalid time format", "scheduled_time must be YYYY-MM-DD HH:II:SS");
            }
        }

        var id = $"{_nextId++:x8}{Guid.NewGuid():N}"[..24];
        var room = (JsonObject)body.DeepClone();
        room["created"] = _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        room["room_id"] = id;
        if (room["sip"] is JsonObject sip && sip["enabled"]?.GetValue<bool>() == true)
        {
            sip["pin"] = "123456";
            sip["meeting_id"] = "9876543210";
        }

        _rooms[id] = room;
        _order.Add(id);
        return Ok(new JsonObject { ["room"] = room.DeepClone() });
    }

    private static ResponseMessage Update(JsonObject room, IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body is null)
        {
            return Error(HttpStatusCode.BadRequest, 10009, "Invalid body", "JSON object expected");
        }

        foreach (var (key, value) in body)
        {
            if (key == "settings" && value is JsonObject settings)
            {
                if (settings.ContainsKey("scheduled") || settings.ContainsKey("adhoc") || settings.ContainsKey("mode"))
                {
                    return Error(HttpStatusCode.BadRequest, 10106, "Room type update not allowed", "scheduled, adhoc and mode cannot change");
                }

                var target = room["settings"] as JsonObject ?? [];
                foreach (var (settingKey, settingValue) in settings)
                {
                    target[settingKey] = settingValue?.DeepClone();
                }

                room["settings"] = target;
            }
            else
            {
                room[key] = value?.DeepClone();
            }
        }

        return Ok([]);
    }

    private ResponseMessage Delete(string id)
    {
        _rooms.Remove(id);
        _order.Remove(id);
        return Ok([]);
    }

    private static ResponseMessage Token(JsonObject room, IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body?["name"] is null)
        {
            return Error(HttpStatusCode.BadRequest, 10101, "Name missing", "name is required");
        }

        if (body["user_ref"] is null)
        {
            return Error(HttpStatusCode.BadRequest, 10102, "User reference missing", "user_ref is required");
        }

        var role = body["role"]?.GetValue<string>();
        if (role is null)
        {
            return Error(HttpStatusCode.BadRequest, 10103, "Role missing", "role is required");
        }

        if (role is not ("moderator" or "participant" or "viewer"))
        {
            return Error(HttpStatusCode.BadRequest, 10104, "Invalid role", "role must be moderator, participant or viewer");
        }

        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"roomId\":\"{room["room_id"]}\",\"role\":\"{role}\"}}")).TrimEnd('=');
        return Ok(new JsonObject { ["token"] = $"eyJhbGciOiJub25lIn0.{payload}.sim" });
    }
}
