using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vectera;

/// <summary>
/// A stateful simulator of the Vectera REST API v2 on loopback: meeting rooms (create, also from a template; get, list
/// with <c>page</c>/<c>perPage</c>, <c>search</c>, <c>filter</c> and <c>orderBy</c>; PATCH/PUT; delete), meeting-room templates
/// (create by name, save a room as a template, get, list per user or organization), users (CRUD, <c>me</c>, login tokens),
/// organizations (CRUD, members, subscription), room reset and settings, permissions (access keys), <c>include=owner</c> on
/// rooms and <c>include=organization</c> on users, and <c>OPTIONS</c> field discovery. Requests need <c>Authorization: Token {ApiToken}</c> (else 401 <c>{"detail": …}</c>);
/// unknown ids get 404, invalid bodies 400 with <c>{"field": ["…"]}</c>. Point <c>VecteraOptions.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed partial class VecteraSimulator : ProviderSimulator
{
    private const string Root = "/api/v2";
    private static readonly string[] AccessLevels = ["can_always_join", "should_knock"];
    private readonly List<JsonObject> _rooms = [];
    private readonly List<JsonObject> _templates = [];
    private readonly List<JsonObject> _users = [];
    private readonly Random _random = new(1234);

    /// <summary>Starts a simulator that accepts <paramref name="apiToken"/>; the token belongs to a team admin, <see cref="CurrentUserId"/>.</summary>
    /// <param name="apiToken">The API token to accept; a random one by default.</param>
    /// <param name="roomHost">The host name used in room and login links.</param>
    public VecteraSimulator(string? apiToken = null, string roomHost = "roomclients-sim.vectera.com")
    {
        ApiToken = apiToken ?? $"sim-{Guid.NewGuid():N}";
        RoomHost = roomHost;
        OrganizationId = Guid.NewGuid().ToString();
        CurrentUserId = Guid.NewGuid().ToString();
        _users.Add(new JsonObject
        {
            ["id"] = CurrentUserId,
            ["email"] = "admin@example.com",
            ["firstName"] = "Ada",
            ["lastName"] = "Admin",
            ["fullName"] = "Ada Admin",
            ["shortName"] = "Ada",
            ["organizationId"] = OrganizationId,
            ["isManaged"] = false,
            ["dateJoined"] = Now(),
        });
        _organizations.Add(new JsonObject { ["id"] = OrganizationId, ["name"] = "Simulated team", ["dateCreated"] = Now() });
    }

    /// <summary>Gets the API token the simulator accepts.</summary>
    public string ApiToken { get; }

    /// <summary>Gets the host name of room links.</summary>
    public string RoomHost { get; }

    /// <summary>Gets the organization (team) of the token's user.</summary>
    public string OrganizationId { get; }

    /// <summary>Gets the id of the token's user (<c>me</c>).</summary>
    public string CurrentUserId { get; }

    /// <summary>Gets the base address to configure: <c>{Url}/api/v2/</c>.</summary>
    public Uri BaseAddress => new(Url, Root + "/");

    /// <inheritdoc />
    public override string Provider => RoomProviders.Vectera;

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => new Dictionary<string, string?>
    {
        ["ApiToken"] = ApiToken,
        ["BaseAddress"] = BaseAddress.ToString(),
    };

    /// <summary>Gets the number of meeting rooms that exist now.</summary>
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

    /// <summary>Gets the number of login tokens issued.</summary>
    public int LoginTokenCount { get; private set; }

    /// <inheritdoc />
    protected override ResponseMessage Handle(IRequestMessage request)
    {
        var auth = Header(request, "Authorization");
        if (auth is null)
        {
            return Detail(HttpStatusCode.Unauthorized, "Authentication credentials were not provided.");
        }

        if (auth != $"Token {ApiToken}")
        {
            return Detail(HttpStatusCode.Unauthorized, "Invalid token.");
        }

        var path = request.Path.TrimEnd('/');
        if (!path.StartsWith(Root + "/", StringComparison.Ordinal))
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        var segments = path[(Root.Length + 1)..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        lock (_rooms)
        {
            return (request.Method, segments) switch
            {
                ("OPTIONS", ["meetingRooms", ..]) => Json(HttpStatusCode.OK, Describe("Meeting Room List", RoomFields())),
                ("OPTIONS", ["meetingRoomTemplates", ..]) => Json(HttpStatusCode.OK, Describe("Meeting Room Template List", TemplateFields())),
                ("OPTIONS", ["users", ..]) => Json(HttpStatusCode.OK, Describe("User List", UserFields())),
                ("GET", ["meetingRooms"]) => List(request, _rooms, ["key"], r => ExpandRoom(request, r)),
                ("POST", ["meetingRooms"]) => Expanded(CreateRoom(BodyObject(request)), r => ExpandRoom(request, r)),
                ("GET", ["meetingRooms", var id]) => Expanded(Found(Find(_rooms, id)), r => ExpandRoom(request, r)),
                ("PATCH", ["meetingRooms", var id, "reset"]) => ResetRoom(Find(_rooms, id)),
                ("GET", ["meetingRooms", var id, "settings"]) => Find(_rooms, id) is null ? Detail(HttpStatusCode.NotFound, "Not found.") : Json(HttpStatusCode.OK, Settings(id).DeepClone()),
                ("PUT", ["meetingRooms", var id, "settings"]) => ReplaceSettings(Find(_rooms, id), BodyObject(request)),
                ("POST", ["permissions"]) => CreatePermission(BodyObject(request)),
                ("POST", ["organizations"]) => CreateOrganization(BodyObject(request)),
                ("GET", ["organizations", var id]) => Found(Find(_organizations, id)),
                ("PATCH", ["organizations", var id]) => UpdateOrganization(Find(_organizations, id), BodyObject(request)),
                ("DELETE", ["organizations", var id]) => DeleteOrganization(id),
                ("GET", ["organizations", var id, "members"]) => Find(_organizations, id) is null
                    ? Detail(HttpStatusCode.NotFound, "Not found.")
                    : List(request, _users.Where(u => (string?)u["organizationId"] == id).ToList(), ["email", "firstName", "lastName", "fullName"]),
                ("GET", ["organizations", var id, "subscription"]) => Find(_organizations, id) is null ? Detail(HttpStatusCode.NotFound, "Not found.") : Json(HttpStatusCode.OK, Subscription(id).DeepClone()),
                ("PATCH", ["organizations", var id, "subscription"]) => UpdateSubscription(Find(_organizations, id), BodyObject(request)),
                ("PATCH" or "PUT", ["meetingRooms", var id]) => UpdateRoom(Find(_rooms, id), BodyObject(request)),
                ("DELETE", ["meetingRooms", var id]) => Remove(_rooms, id),
                ("POST", ["meetingRoomTemplates"]) => CreateTemplate(BodyObject(request)),
                ("GET", ["meetingRoomTemplates", var id]) => Found(Find(_templates, id)),
                ("GET", ["users", var id, "meetingRoomTemplates"]) => UserId(id) is { } owner && Find(_users, owner) is not null
                    ? Json(HttpStatusCode.OK, new JsonArray(_templates.Where(t => (string?)t["ownerId"] == owner).Select(t => (JsonNode)t.DeepClone()).ToArray()))
                    : Detail(HttpStatusCode.NotFound, "Not found."),
                ("GET", ["organizations", var id, "meetingRoomTemplates"]) => id == OrganizationId
                    ? Json(HttpStatusCode.OK, new JsonArray(_templates.Select(t => (JsonNode)t.DeepClone()).ToArray()))
                    : Detail(HttpStatusCode.NotFound, "Not found."),
                ("GET", ["users"]) => List(request, _users, ["email", "firstName", "lastName", "fullName"]),
                ("POST", ["users"]) => CreateUser(BodyObject(request)),
                ("GET", ["users", var id]) => Expanded(Found(Find(_users, UserId(id))), u => ExpandUser(request, u)),
                ("PATCH", ["users", var id]) => UpdateUser(Find(_users, UserId(id)), BodyObject(request)),
                ("DELETE", ["users", var id]) => UserId(id) == CurrentUserId ? Detail(HttpStatusCode.BadRequest, "You cannot delete yourself.") : Remove(_users, id),
                ("POST", ["users", var id, "loginTokens"]) => LoginToken(Find(_users, UserId(id))),
                _ => Detail(HttpStatusCode.NotFound, "Not found."),
            };
        }
    }

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

    private ResponseMessage CreateTemplate(JsonObject? body)
    {
        body ??= [];
        var errors = new JsonObject();
        if (Str(body, "name") is not { Length: > 0 } name)
        {
            errors["name"] = new JsonArray("This field is required.");
            name = string.Empty;
        }

        JsonObject? source = null;
        if (Str(body, "sourceMeetingId") is { } sourceId && (source = Find(_rooms, sourceId)) is null)
        {
            errors["sourceMeetingId"] = new JsonArray($"Invalid pk \"{sourceId}\" - object does not exist.");
        }

        foreach (var property in body)
        {
            if (property.Key is not ("name" or "sourceMeetingId"))
            {
                errors[property.Key] = new JsonArray("Only \"name\" can be set through the API.");
            }
        }

        if (errors.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        var template = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = name,
            ["ownerId"] = CurrentUserId,
            ["organizationId"] = OrganizationId,
            ["sourceMeetingId"] = source?["id"]?.DeepClone(),
            ["dateCreated"] = Now(),
        };
        _templates.Add(template);
        return Json(HttpStatusCode.Created, template.DeepClone());
    }

    private ResponseMessage CreateUser(JsonObject? body)
    {
        body ??= [];
        var errors = new JsonObject();
        foreach (var field in (string[])["firstName", "email", "organizationId"])
        {
            if (Str(body, field) is not { Length: > 0 })
            {
                errors[field] = new JsonArray("This field is required.");
            }
        }

        if (Str(body, "organizationId") is { Length: > 0 } org && org != OrganizationId)
        {
            errors["organizationId"] = new JsonArray("You can only add members to your own organization.");
        }

        if (Str(body, "email") is { } email && _users.Any(u => string.Equals((string?)u["email"], email, StringComparison.OrdinalIgnoreCase)))
        {
            errors["email"] = new JsonArray("A user with this email already exists.");
        }

        if (errors.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        var user = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["email"] = Str(body, "email"),
            ["firstName"] = Str(body, "firstName"),
            ["lastName"] = Str(body, "lastName") ?? string.Empty,
            ["organizationId"] = OrganizationId,
            ["isManaged"] = body["isManaged"]?.GetValue<bool>() ?? false,
            ["dateJoined"] = Now(),
        };
        SetNames(user);
        _users.Add(user);
        return Json(HttpStatusCode.Created, user.DeepClone());
    }

    private static ResponseMessage UpdateUser(JsonObject? user, JsonObject? body)
    {
        if (user is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        foreach (var property in body ?? [])
        {
            if (property.Key is "firstName" or "lastName" or "email" or "organizationId" or "isManaged")
            {
                user[property.Key] = property.Value?.DeepClone();
            }
        }

        SetNames(user);
        return Json(HttpStatusCode.OK, user.DeepClone());
    }

    private ResponseMessage LoginToken(JsonObject? user)
    {
        if (user is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        LoginTokenCount++;
        var token = Guid.NewGuid().ToString("N");
        return Json(HttpStatusCode.Created, new JsonObject
        {
            ["token"] = token,
            ["userId"] = user["id"]?.DeepClone(),
            ["url"] = $"https://{RoomHost}/login/{token}",
        });
    }

    private static ResponseMessage List(IRequestMessage request, List<JsonObject> items, string[] searchFields, Func<JsonObject, JsonObject>? expand = null)
    {
        var page = 1;
        var perPage = 50;
        if ((Query(request, "page") is { } p && (!int.TryParse(p, CultureInfo.InvariantCulture, out page) || page < 1))
            || (Query(request, "perPage") is { } pp && (!int.TryParse(pp, CultureInfo.InvariantCulture, out perPage) || perPage < 1 || perPage > 100)))
        {
            return Detail(HttpStatusCode.NotFound, "Invalid page.");
        }

        IEnumerable<JsonObject> result = items;
        if (Query(request, "search") is { Length: > 0 } search)
        {
            result = result.Where(i => searchFields.Any(f => ((string?)i[f])?.Contains(search, StringComparison.OrdinalIgnoreCase) == true));
        }

        if (Query(request, "filter") is { Length: > 0 } filter)
        {
            Func<JsonObject, bool> predicate;
            try
            {
                predicate = VecteraFilterEvaluator.Parse(filter);
            }
            catch (FormatException ex)
            {
                return Json(HttpStatusCode.BadRequest, new JsonObject { ["filter"] = new JsonArray(ex.Message) });
            }

            result = result.Where(predicate);
        }

        if (Query(request, "orderBy") is { Length: > 0 } orderBy)
        {
            IOrderedEnumerable<JsonObject>? ordered = null;
            foreach (var key in orderBy.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var descending = key.StartsWith('-');
                var field = key.TrimStart('-');
                Func<JsonObject, string> selector = i => i[field]?.ToJsonString() ?? string.Empty;
                ordered = ordered is null
                    ? descending ? result.OrderByDescending(selector, StringComparer.OrdinalIgnoreCase) : result.OrderBy(selector, StringComparer.OrdinalIgnoreCase)
                    : descending ? ordered.ThenByDescending(selector, StringComparer.OrdinalIgnoreCase) : ordered.ThenBy(selector, StringComparer.OrdinalIgnoreCase);
            }

            result = ordered ?? result;
        }

        var all = result.ToList();
        var pageItems = all.Skip((page - 1) * perPage).Take(perPage).Select(i => (JsonNode)(expand ?? (c => c))((JsonObject)i.DeepClone())).ToArray();
        var response = Json(HttpStatusCode.OK, new JsonArray(pageItems));
        if (page * perPage < all.Count)
        {
            response.AddHeader("Link", $"<{request.Url.Split('?')[0]}?page={page + 1}&perPage={perPage}>; rel=\"next\"");
        }

        return response;
    }

    private ResponseMessage Remove(List<JsonObject> items, string id)
    {
        var item = Find(items, UserId(id));
        if (item is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        items.Remove(item);
        return Empty(HttpStatusCode.NoContent);
    }

    private static ResponseMessage Found(JsonObject? item) =>
        item is null ? Detail(HttpStatusCode.NotFound, "Not found.") : Json(HttpStatusCode.OK, item.DeepClone());

    private static JsonObject? Find(List<JsonObject> items, string? id) =>
        id is null ? null : items.FirstOrDefault(i => (string?)i["id"] == id);

    private string UserId(string id) => id == "me" ? CurrentUserId : id;

    private static string? Str(JsonObject body, string field) =>
        body[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static void SetNames(JsonObject user)
    {
        user["fullName"] = $"{user["firstName"]} {user["lastName"]}".Trim();
        user["shortName"] = (string?)user["firstName"];
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static ResponseMessage Detail(HttpStatusCode status, string detail) => Json(status, new JsonObject { ["detail"] = detail });

    private static JsonObject Describe(string name, JsonObject postFields) => new()
    {
        ["name"] = name,
        ["description"] = string.Empty,
        ["renders"] = new JsonArray("application/json"),
        ["parses"] = new JsonArray("application/json"),
        ["actions"] = new JsonObject { ["POST"] = postFields },
    };

    private static JsonObject Field(string type, bool required, string label, bool readOnly = false, int? maxLength = null, string[]? choices = null)
    {
        var field = new JsonObject { ["type"] = type, ["required"] = required, ["read_only"] = readOnly, ["label"] = label };
        if (maxLength is { } max)
        {
            field["max_length"] = max;
        }

        if (choices is not null)
        {
            field["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["value"] = c, ["display_name"] = c }).ToArray());
        }

        return field;
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

    private static JsonObject TemplateFields() => new()
    {
        ["id"] = Field("string", false, "Id", readOnly: true),
        ["name"] = Field("string", true, "Name", maxLength: 255),
        ["sourceMeetingId"] = Field("string", false, "Source meeting id"),
    };

    private static JsonObject UserFields() => new()
    {
        ["id"] = Field("string", false, "Id", readOnly: true),
        ["firstName"] = Field("string", true, "First name", maxLength: 150),
        ["lastName"] = Field("string", false, "Last name", maxLength: 150),
        ["email"] = Field("email", true, "Email", maxLength: 254),
        ["organizationId"] = Field("string", true, "Organization id"),
        ["password"] = Field("string", false, "Password"),
        ["isManaged"] = Field("boolean", false, "Is managed"),
    };
}
