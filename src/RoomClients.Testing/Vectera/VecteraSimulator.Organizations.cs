using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vectera;

// Organizations and their subscriptions, room reset and settings, permissions, and include= expansion.
public sealed partial class VecteraSimulator
{
    private static readonly string[] PermissionLevels = ["can_always_join", "is_host"];
    private readonly List<JsonObject> _organizations = [];
    private readonly Dictionary<string, JsonObject> _subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _settings = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _permissions = [];

    /// <summary>Gets the number of times a room was reset (<c>PATCH /meetingRooms/{id}/reset</c>).</summary>
    public int ResetCount { get; private set; }

    /// <summary>Gets the number of permissions (access keys) issued.</summary>
    public int PermissionCount
    {
        get
        {
            lock (_rooms)
            {
                return _permissions.Count;
            }
        }
    }

    private static ResponseMessage Expanded(ResponseMessage response, Func<JsonObject, JsonObject> expand)
    {
        if (response.StatusCode is not (int)HttpStatusCode.OK and not (int)HttpStatusCode.Created
            || response.BodyData?.BodyAsString is not { } body
            || JsonNode.Parse(body) is not JsonObject item)
        {
            return response;
        }

        return Json((HttpStatusCode)(int)response.StatusCode!, expand(item));
    }

    private static string[] Includes(IRequestMessage request) =>
        Query(request, "include")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    private JsonObject ExpandRoom(IRequestMessage request, JsonObject room)
    {
        if (Includes(request).Contains("owner") && Find(_users, (string?)room["ownerId"]) is { } owner)
        {
            room["owner"] = owner.DeepClone();
        }

        if (Includes(request).Contains("settings") && (string?)room["id"] is { } id)
        {
            room["settings"] = Settings(id).DeepClone();
        }

        return room;
    }

    private JsonObject ExpandUser(IRequestMessage request, JsonObject user)
    {
        if (Includes(request).Contains("organization") && Find(_organizations, (string?)user["organizationId"]) is { } organization)
        {
            user["organization"] = organization.DeepClone();
        }

        return user;
    }

    private JsonObject Settings(string roomId)
    {
        if (!_settings.TryGetValue(roomId, out var settings))
        {
            settings = DefaultSettings();
            _settings[roomId] = settings;
        }

        return settings;
    }

    private static JsonObject DefaultSettings() => new() { ["showPrivateNotes"] = false, ["presenterMode"] = false, ["forwardUrl"] = null };

    private ResponseMessage ResetRoom(JsonObject? room)
    {
        if (room is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        ResetCount++;
        _settings[(string)room["id"]!] = DefaultSettings();
        room["size"] = 0;
        return Json(HttpStatusCode.OK, room.DeepClone());
    }

    private ResponseMessage ReplaceSettings(JsonObject? room, JsonObject? body)
    {
        if (room is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        body ??= [];
        var errors = new JsonObject();
        foreach (var property in body)
        {
            var valid = property.Key switch
            {
                "showPrivateNotes" or "presenterMode" => property.Value is JsonValue v && v.TryGetValue<bool>(out _),
                "forwardUrl" => property.Value is null || (property.Value is JsonValue u && u.TryGetValue<string>(out var url) && Uri.TryCreate(url, UriKind.Absolute, out _)),
                _ => false,
            };
            if (!valid)
            {
                errors[property.Key] = new JsonArray(property.Key is "showPrivateNotes" or "presenterMode" or "forwardUrl" ? "Invalid value." : "Unknown field.");
            }
        }

        if (errors.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        var settings = DefaultSettings();
        foreach (var property in body)
        {
            settings[property.Key] = property.Value?.DeepClone();
        }

        _settings[(string)room["id"]!] = settings;
        return Json(HttpStatusCode.OK, settings.DeepClone());
    }

    private ResponseMessage CreatePermission(JsonObject? body)
    {
        body ??= [];
        var errors = new JsonObject();
        JsonObject? room = null;
        if (Str(body, "meetingRoomId") is not { Length: > 0 } roomId)
        {
            errors["meetingRoomId"] = new JsonArray("This field is required.");
        }
        else if ((room = Find(_rooms, roomId)) is null)
        {
            errors["meetingRoomId"] = new JsonArray($"Invalid pk \"{roomId}\" - object does not exist.");
        }

        var level = Str(body, "accessLevel") ?? "can_always_join";
        if (!PermissionLevels.Contains(level))
        {
            errors["accessLevel"] = new JsonArray($"\"{level}\" is not a valid choice.");
        }

        var email = Str(body, "email");
        var userId = Str(body, "userId");
        if (email is not null && userId is not null)
        {
            errors["non_field_errors"] = new JsonArray("Give either email or userId, not both.");
        }
        else if (userId is not null && Find(_users, UserId(userId)) is null)
        {
            errors["userId"] = new JsonArray($"Invalid pk \"{userId}\" - object does not exist.");
        }

        foreach (var property in body)
        {
            if (property.Key is not ("meetingRoomId" or "accessLevel" or "email" or "userId" or "inviteMessage"))
            {
                errors[property.Key] = new JsonArray("Unknown field.");
            }
        }

        if (errors.Count > 0 || room is null)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        var accessKey = string.Concat(Enumerable.Range(0, 30).Select(_ => (char)('a' + _random.Next(26))));
        var permission = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["meetingRoomId"] = room["id"]?.DeepClone(),
            ["accessLevel"] = level,
            ["accessKey"] = accessKey,
            ["email"] = email,
            ["userId"] = userId is null ? null : UserId(userId),
            ["url"] = $"{room["url"]}?accessKey={accessKey}",
        };
        _permissions.Add(permission);
        return Json(HttpStatusCode.Created, permission.DeepClone());
    }

    private ResponseMessage CreateOrganization(JsonObject? body)
    {
        body ??= [];
        if (Str(body, "name") is not { Length: > 0 } name)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["name"] = new JsonArray("This field is required.") });
        }

        var organization = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = name, ["dateCreated"] = Now() };
        foreach (var property in body)
        {
            if (property.Key is not ("id" or "name" or "dateCreated"))
            {
                organization[property.Key] = property.Value?.DeepClone();
            }
        }

        _organizations.Add(organization);
        return Json(HttpStatusCode.Created, organization.DeepClone());
    }

    private static ResponseMessage UpdateOrganization(JsonObject? organization, JsonObject? body)
    {
        if (organization is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        foreach (var property in body ?? [])
        {
            if (property.Key == "name" && Str(body!, "name") is not { Length: > 0 })
            {
                return Json(HttpStatusCode.BadRequest, new JsonObject { ["name"] = new JsonArray("This field may not be blank.") });
            }

            if (property.Key is not ("id" or "dateCreated"))
            {
                organization[property.Key] = property.Value?.DeepClone();
            }
        }

        return Json(HttpStatusCode.OK, organization.DeepClone());
    }

    private ResponseMessage DeleteOrganization(string id)
    {
        if (Find(_organizations, id) is not { } organization)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        // Members are not deleted: they only leave the organization.
        _organizations.Remove(organization);
        _subscriptions.Remove(id);
        foreach (var user in _users.Where(u => (string?)u["organizationId"] == id))
        {
            user["organizationId"] = null;
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private JsonObject Subscription(string organizationId)
    {
        if (!_subscriptions.TryGetValue(organizationId, out var subscription))
        {
            subscription = new JsonObject { ["organizationId"] = organizationId, ["plan"] = "business", ["seats"] = 10, ["isActive"] = true };
            _subscriptions[organizationId] = subscription;
        }

        return subscription;
    }

    private ResponseMessage UpdateSubscription(JsonObject? organization, JsonObject? body)
    {
        if (organization is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        var subscription = Subscription((string)organization["id"]!);
        foreach (var property in body ?? [])
        {
            if (property.Key == "organizationId")
            {
                return Json(HttpStatusCode.BadRequest, new JsonObject { ["organizationId"] = new JsonArray("This field is read-only.") });
            }

            subscription[property.Key] = property.Value?.DeepClone();
        }

        return Json(HttpStatusCode.OK, subscription.DeepClone());
    }
}
