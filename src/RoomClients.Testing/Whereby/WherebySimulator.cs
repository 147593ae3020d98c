using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Whereby;

/// <summary>
/// A stateful simulator of the Whereby REST API v1 on loopback: meetings (create, then get, list with cursor paging and
/// delete see the same rooms), recordings (seeded with <see cref="AddRecording(string)"/>: list by room with cursor paging,
/// get, access link, delete) and room themes (JSON or multipart, anything else 400); a wrong or missing Bearer key gets
/// 401, an unknown id 404, an invalid body 400, all with Whereby's documented shapes. Times come from the
/// <see cref="TimeProvider"/> given. Point <c>WherebyOptions.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed partial class WherebySimulator : ProviderSimulator
{
    private const string DateFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    private readonly TimeProvider _time;

    /// <summary>Starts a simulator that accepts <paramref name="apiKey"/>.</summary>
    /// <param name="apiKey">The API key to accept; a random one by default.</param>
    /// <param name="subdomain">The organization subdomain used in room URLs.</param>
    /// <param name="timeProvider">The clock for creation dates, end-date checks and link expiries (default: system).</param>
    public WherebySimulator(string? apiKey = null, string subdomain = "roomclients-sim", TimeProvider? timeProvider = null)
    {
        ApiKey = apiKey ?? $"sim-{Guid.NewGuid():N}";
        Subdomain = subdomain;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the API key the simulator accepts.</summary>
    public string ApiKey { get; }

    /// <summary>Gets the organization subdomain of room URLs.</summary>
    public string Subdomain { get; }

    /// <summary>Gets the base address to configure: <c>{Url}/v1/</c>.</summary>
    public Uri BaseAddress => new(Url, "/v1/");

    /// <inheritdoc />
    public override string Provider => RoomProviders.Whereby;

    /// <summary>Gets the number of rooms (meetings) that exist now.</summary>
    public int RoomCount
    {
        get
        {
            lock (_meetings)
            {
                return _meetings.Count;
            }
        }
    }

    /// <summary>Gets the number of meetings that exist now (the same as <see cref="RoomCount"/>, in Whereby's word).</summary>
    public int MeetingCount => RoomCount;

    /// <summary>Gets the number of meetings ever created.</summary>
    public int CreatedCount { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => new Dictionary<string, string?>
    {
        ["ApiKey"] = ApiKey,
        ["BaseAddress"] = BaseAddress.ToString(),
    };

    /// <inheritdoc />
    protected override ResponseMessage Handle(IRequestMessage request)
    {
        if (Header(request, "Authorization") != $"Bearer {ApiKey}")
        {
            return Json(HttpStatusCode.Unauthorized, new JsonObject { ["error"] = "Access token is missing or invalid" });
        }

        var path = request.Path.TrimEnd('/');
        lock (_meetings)
        {
            return (request.Method, path) switch
            {
                ("POST", "/v1/meetings") => Create(request),
                ("GET", "/v1/meetings") => List(request),
                ("GET", var p) when p.StartsWith("/v1/meetings/", StringComparison.Ordinal) => Get(p["/v1/meetings/".Length..], request),
                ("DELETE", var p) when p.StartsWith("/v1/meetings/", StringComparison.Ordinal) => Delete(p["/v1/meetings/".Length..]),
                ("GET", "/v1/recordings") => ListRecordings(request),
                ("GET", var p) when p.StartsWith("/v1/recordings/", StringComparison.Ordinal) && p.EndsWith("/access-link", StringComparison.Ordinal) =>
                    AccessLink(p["/v1/recordings/".Length..^"/access-link".Length], request),
                ("GET", var p) when p.StartsWith("/v1/recordings/", StringComparison.Ordinal) => Find(_recordings, p["/v1/recordings/".Length..]),
                ("DELETE", var p) when p.StartsWith("/v1/recordings/", StringComparison.Ordinal) => Remove(_recordings, p["/v1/recordings/".Length..]),
                ("PUT", var p) when p.StartsWith("/v1/rooms/", StringComparison.Ordinal) && p.Contains("/theme/", StringComparison.Ordinal) => SetTheme(p, request),
                _ => NotFound(),
            };
        }
    }

    private string Now() => Date(_time.GetUtcNow());

    private static string Date(DateTimeOffset value) => value.ToUniversalTime().ToString(DateFormat, CultureInfo.InvariantCulture);

    private static ResponseMessage NotFound() => Json(HttpStatusCode.NotFound, new JsonObject { ["error"] = "The requested resource doesn't exist" });

    private static ResponseMessage BadRequest(string error) => Json(HttpStatusCode.BadRequest, new JsonObject { ["error"] = error });

    /// <summary>Reads <c>cursor</c> (an offset this simulator hands out) and <c>limit</c> (1 to 100, default 50); an invalid one is a 400.</summary>
    private static ResponseMessage? Paging(IRequestMessage request, out int start, out int limit)
    {
        start = int.TryParse(Query(request, "cursor"), CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 0;
        limit = 50;
        var limitText = Query(request, "limit");
        return limitText is not null && (!int.TryParse(limitText, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > 100)
            ? BadRequest("\"limit\" must be between 1 and 100")
            : null;
    }

    private static ResponseMessage Page(IEnumerable<JsonObject> items, int start, int limit)
    {
        var all = items.ToList();
        var page = all.Skip(start).Take(limit).Select(i => (JsonNode?)i).ToArray();
        var next = start + page.Length < all.Count ? (start + page.Length).ToString(CultureInfo.InvariantCulture) : null;
        return Json(HttpStatusCode.OK, new JsonObject { ["results"] = new JsonArray(page), ["cursor"] = next });
    }
}
