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
/// unknown ids get 404, invalid bodies 400 with <c>{"field": ["…"]}</c>. Dates come from the <see cref="TimeProvider"/> given. Point <c>VecteraOptions.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed partial class VecteraSimulator : ProviderSimulator
{
    private const string Root = "/api/v2";
    private static readonly string[] AccessLevels = ["can_always_join", "should_knock"];
    private readonly List<JsonObject> _rooms = [];
    private readonly List<JsonObject> _templates = [];
    private readonly List<JsonObject> _users = [];
    private readonly Random _random = new(1234);
    private readonly TimeProvider _time;

    /// <summary>Starts a simulator that accepts <paramref name="apiToken"/>; the token belongs to a team admin, <see cref="CurrentUserId"/>.</summary>
    /// <param name="apiToken">The API token to accept; a random one by default.</param>
    /// <param name="roomHost">The host name used in room and login links.</param>
    /// <param name="timeProvider">The clock for the dates it writes (<c>dateCreated</c>, <c>dateJoined</c>; default: system).</param>
    public VecteraSimulator(string? apiToken = null, string roomHost = "roomclients-sim.vectera.com", TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
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

    private string Now() => _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

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
}
