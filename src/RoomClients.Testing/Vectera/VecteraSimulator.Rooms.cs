using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vectera;

// Meeting rooms: create (also from a template), PATCH/PUT update, and the fields OPTIONS describes.
public sealed partial class VecteraSimulator
{
    private ResponseMessage CreateRoom(JsonObject? body)
    {
        body ??= [];
        var errors = new JsonObject();
        var key = Str(body, "key") ?? Str(body, "preferredKey");
        if (body["key"] is not null && body["preferredKey"] is not null)
        {
            errors["non_field_errors"] = new JsonArray("key and preferredKey cannot be used together.");
        }

        if (key is null)
        {
            key = $"room-{_random.Next(100000, 999999)}";
        }
        else if (_rooms.Any(r => string.Equals((string?)r["key"], key, StringComparison.OrdinalIgnoreCase)))
        {
            if (body["preferredKey"] is not null)
            {
                key = $"{key}-{_random.Next(1000, 9999)}";
            }
            else
            {
                errors["key"] = new JsonArray("A meeting room with this key already exists.");
            }
        }

        JsonObject? template = null;
        if (Str(body, "templateId") is { } templateId && (template = Find(_templates, templateId)) is null)
        {
            errors["templateId"] = new JsonArray($"Invalid pk \"{templateId}\" - object does not exist.");
        }

        CheckRoomFields(body, errors);
        if (errors.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        var room = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["key"] = key,
            ["url"] = $"https://{RoomHost}/{Uri.EscapeDataString(key)}",
            ["ownerId"] = Str(body, "ownerId") ?? CurrentUserId,
            ["dateCreated"] = Now(),
            ["publicAccessLevel"] = Str(body, "publicAccessLevel") ?? "should_knock",
            ["teamAccessLevel"] = Str(body, "teamAccessLevel") ?? "can_always_join",
            ["templateId"] = template?["id"]?.DeepClone(),
            ["trashed"] = false,
            ["isTrashed"] = false,
            ["size"] = 0,
        };
        room["locked"] = (string?)room["publicAccessLevel"] != "can_always_join";
        _rooms.Add(room);
        return Json(HttpStatusCode.Created, room.DeepClone());
    }

    private ResponseMessage UpdateRoom(JsonObject? room, JsonObject? body)
    {
        if (room is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        body ??= [];
        var errors = new JsonObject();
        if (Str(body, "key") is { } key && _rooms.Any(r => r != room && string.Equals((string?)r["key"], key, StringComparison.OrdinalIgnoreCase)))
        {
            errors["key"] = new JsonArray("A meeting room with this key already exists.");
        }

        CheckRoomFields(body, errors);
        if (errors.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        foreach (var field in (string[])["key", "ownerId", "publicAccessLevel", "teamAccessLevel"])
        {
            if (Str(body, field) is { } value)
            {
                room[field] = value;
            }
        }

        room["url"] = $"https://{RoomHost}/{Uri.EscapeDataString((string)room["key"]!)}";
        room["locked"] = (string?)room["publicAccessLevel"] != "can_always_join";
        return Json(HttpStatusCode.OK, room.DeepClone());
    }

    private void CheckRoomFields(JsonObject body, JsonObject errors)
    {
        if (Str(body, "ownerId") is { } owner && Find(_users, owner) is null)
        {
            errors["ownerId"] = new JsonArray($"Invalid pk \"{owner}\" - object does not exist.");
        }

        if (Str(body, "publicAccessLevel") is { } level && !AccessLevels.Contains(level))
        {
            errors["publicAccessLevel"] = new JsonArray($"\"{level}\" is not a valid choice.");
        }

        foreach (var property in body)
        {
            if (property.Key is not ("key" or "preferredKey" or "templateId" or "ownerId" or "publicAccessLevel" or "teamAccessLevel"))
            {
                errors[property.Key] = new JsonArray("Unknown field.");
            }
        }
    }

    private static JsonObject RoomFields() => new()
    {
        ["id"] = Field("string", false, "Id", readOnly: true),
        ["key"] = Field("string", false, "Key", maxLength: 100),
        ["preferredKey"] = Field("string", false, "Preferred key", maxLength: 100),
        ["templateId"] = Field("string", false, "Template id"),
        ["ownerId"] = Field("string", false, "Owner id"),
        ["publicAccessLevel"] = Field("choice", false, "Public access level", choices: AccessLevels),
        ["teamAccessLevel"] = Field("string", false, "Team access level"),
        ["url"] = Field("url", false, "Url", readOnly: true),
    };
}
