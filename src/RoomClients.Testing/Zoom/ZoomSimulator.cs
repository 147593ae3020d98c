using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Testing.Zoom;

/// <summary>
/// A stateful simulator of Zoom on loopback: the Server-to-Server OAuth token endpoint on its own server
/// (<see cref="OAuthBaseAddress"/>, like <c>zoom.us</c>) and the REST API v2 (<see cref="BaseAddress"/>, like
/// <c>api.zoom.us</c>): meetings (create, get with a fresh start URL, list with <c>next_page_token</c> paging, update,
/// delete, status), invitation, live stream, templates, registrants, polls, past meetings and cloud recordings (seeded
/// with <see cref="AddRecording(long)"/>; listed, linked with a download access token, deleted file by file or all at once). API calls need an unexpired token the simulator issued (else 401, code 124); a wrong
/// client id or secret gets 401 <c>invalid_client</c>, an unknown meeting 404 code 3001, an invalid body 400 code 300,
/// the daily create/update limit (when <see cref="DailyCreateUpdateLimit"/> is set) 429 with Zoom's body.
/// <see cref="ProviderSimulator.EnqueueFault"/> applies to the API; <see cref="EnqueueTokenFault"/> to the token endpoint.
/// </summary>
public sealed partial class ZoomSimulator : ProviderSimulator
{
    private const string Prefix = "/v2";
    private static readonly string[] ListedFields = ["id", "uuid", "host_id", "topic", "type", "start_time", "duration", "timezone", "created_at", "join_url"];
    private static readonly string[] CopiedFields = ["agenda", "template_id", "schedule_for", "tracking_fields", "recurrence"];
    private readonly WireMockServer _oauth;
    private readonly TimeProvider _time;
    private readonly ConcurrentQueue<(int Status, string? Body, IReadOnlyDictionary<string, string>? Headers)> _tokenFaults = new();
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<long, JsonObject> _meetings = [];
    private readonly Dictionary<long, JsonObject> _deleted = [];
    private readonly List<long> _order = [];
    private readonly Dictionary<string, (int Offset, string Filter, int PageSize, DateTimeOffset Expires)> _pageTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<long, JsonObject> _recordings = [];
    private readonly Dictionary<long, List<JsonObject>> _registrants = [];
    private readonly Dictionary<long, JsonObject> _questions = [];
    private readonly Dictionary<long, List<JsonObject>> _polls = [];
    private readonly Dictionary<long, JsonObject> _liveStreams = [];
    private readonly Dictionary<string, int> _dailyCounts = new(StringComparer.Ordinal);
    private long _nextId = 85_000_000_001; // 11 digits: more than an int holds, as real meeting ids
    private int _tokenRequests;
    private int _tokensIssued;

    /// <summary>Starts a simulator that accepts the given credentials (random ones by default).</summary>
    /// <param name="accountId">The account id to accept.</param>
    /// <param name="clientId">The client id to accept.</param>
    /// <param name="clientSecret">The client secret to accept.</param>
    /// <param name="subdomain">The vanity subdomain of join and start URLs.</param>
    /// <param name="timeProvider">The clock of tokens, meetings, page tokens and recordings (the system clock by default).</param>
    public ZoomSimulator(string? accountId = null, string? clientId = null, string? clientSecret = null, string subdomain = "roomclients-sim", TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        AccountId = accountId ?? RandomToken(16);
        ClientId = clientId ?? RandomToken(16);
        ClientSecret = clientSecret ?? RandomToken(32);
        Subdomain = subdomain;
        UserId = RandomToken(22);
        _oauth = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        _oauth.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(HandleOAuth));
    }

    /// <summary>Gets the account id the simulator accepts.</summary>
    public string AccountId { get; }

    /// <summary>Gets the client id the simulator accepts.</summary>
    public string ClientId { get; }

    /// <summary>Gets the client secret the simulator accepts.</summary>
    public string ClientSecret { get; }

    /// <summary>Gets the id of the account owner (what <c>me</c> means); <see cref="UserEmail"/> names the same user.</summary>
    public string UserId { get; }

    /// <summary>Gets the account owner's email.</summary>
    public string UserEmail => $"owner@{Subdomain}.example";

    /// <summary>Gets the vanity subdomain of join and start URLs.</summary>
    public string Subdomain { get; }

    /// <summary>Gets the API base address to configure: <c>{Url}/v2/</c>.</summary>
    public Uri BaseAddress => new(Url, Prefix + "/");

    /// <inheritdoc />
    public override string Provider => RoomProviders.Zoom;

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => new Dictionary<string, string?>
    {
        ["AccountId"] = AccountId,
        ["ClientId"] = ClientId,
        ["ClientSecret"] = ClientSecret,
        ["BaseAddress"] = BaseAddress.ToString(),
        ["OAuthBaseAddress"] = OAuthBaseAddress.ToString(),
    };

    /// <summary>Gets the OAuth base address to configure (the token endpoint is <c>oauth/token</c> below it).</summary>
    public Uri OAuthBaseAddress => new(_oauth.Url ?? throw new InvalidOperationException("The simulator is not running."));

    /// <summary>Gets or sets the <c>expires_in</c> of issued tokens; 1 hour, as Zoom's.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets whether issuing a token invalidates the ones issued before (what Zoom did in 2022, per its forum); off by default, as Zoom's current docs say.</summary>
    public bool NewTokenInvalidatesOlder { get; set; }

    /// <summary>Gets or sets the per-host daily limit of meeting creates and updates (Zoom's is 100); unlimited when <see langword="null"/>, the default.</summary>
    public int? DailyCreateUpdateLimit { get; set; }

    /// <summary>Gets or sets the HTTP status of the daily-limit answer: 429 (what Zoom sends today) or 300 (what its 2022 OpenAPI file documents).</summary>
    public int DailyLimitStatus { get; set; } = 429;

    /// <summary>Gets the number of requests the token endpoint received.</summary>
    public int TokenRequestCount => Volatile.Read(ref _tokenRequests);

    /// <summary>Gets the number of tokens issued.</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    /// <summary>Gets the number of meetings (rooms) that exist now.</summary>
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

    /// <summary>Gets the number of meetings ever created.</summary>
    public int CreatedCount { get; private set; }

    /// <summary>Makes every issued token invalid at once (as when the app is deactivated or its secret regenerated); the next API call gets 401 code 124.</summary>
    public void RevokeTokens()
    {
        lock (_tokens)
        {
            _tokens.Clear();
        }
    }

    /// <summary>Makes the next token request(s) fail with <paramref name="statusCode"/>.</summary>
    /// <param name="statusCode">The status.</param>
    /// <param name="body">The body, JSON or text.</param>
    /// <param name="times">How many requests get it.</param>
    /// <param name="headers">Extra headers.</param>
    public void EnqueueTokenFault(int statusCode, string? body = null, int times = 1, IReadOnlyDictionary<string, string>? headers = null)
    {
        for (var i = 0; i < times; i++)
        {
            _tokenFaults.Enqueue((statusCode, body, headers));
        }
    }

    /// <summary>Marks a meeting as in progress (status <c>started</c>): it is listed as live and cannot be deleted (code 3002) until ended.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    public void StartMeeting(long meetingId)
    {
        lock (_meetings)
        {
            _meetings[meetingId]["status"] = "started";
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _oauth.Stop();
            _oauth.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    protected override ResponseMessage Handle(IRequestMessage request)
    {
        if (!Authorized(Header(request, "Authorization")))
        {
            return Error(HttpStatusCode.Unauthorized, 124, "Invalid access token.");
        }

        var path = request.Path.TrimEnd('/');
        if (!path.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            return Error(HttpStatusCode.NotFound, 404, "Not found.");
        }

        var segments = path[(Prefix.Length + 1)..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        lock (_meetings)
        {
            return (request.Method, segments) switch
            {
                ("POST", ["users", var user, "meetings"]) => Create(user, request),
                ("GET", ["users", var user, "meetings"]) => List(user, request),
                ("GET", ["users", var user, "meeting_templates"]) => Templates(user),
                ("GET", ["meetings", var id]) => WithMeeting(id, m => Json(HttpStatusCode.OK, Present(m))),
                ("PATCH", ["meetings", var id]) => WithMeeting(id, m => Update(m, request)),
                ("DELETE", ["meetings", var id]) => WithMeeting(id, Delete),
                ("PUT", ["meetings", var id, "status"]) => Status(id, request),
                ("GET", ["meetings", var id, "invitation"]) => WithMeeting(id, Invitation),
                ("GET", ["meetings", var id, "livestream"]) => WithMeeting(id, m => Json(HttpStatusCode.OK, (_liveStreams.GetValueOrDefault(IdOf(m)) ?? new JsonObject { ["stream_url"] = "", ["stream_key"] = "", ["page_url"] = "" }).DeepClone())),
                ("PATCH", ["meetings", var id, "livestream"]) => WithMeeting(id, m => SetLiveStream(m, request)),
                ("GET", ["meetings", var id, "registrants"]) => WithMeeting(id, m => Registrants(m, request)),
                ("POST", ["meetings", var id, "registrants"]) => WithMeeting(id, m => AddRegistrant(m, request)),
                ("GET", ["meetings", var id, "registrants", "questions"]) => WithMeeting(id, m => Json(HttpStatusCode.OK, (_questions.GetValueOrDefault(IdOf(m)) ?? new JsonObject { ["questions"] = new JsonArray(), ["custom_questions"] = new JsonArray() }).DeepClone())),
                ("PATCH", ["meetings", var id, "registrants", "questions"]) => WithMeeting(id, m => SetQuestions(m, request)),
                ("PUT", ["meetings", var id, "registrants", "status"]) => WithMeeting(id, m => RegistrantStatus(m, request)),
                ("DELETE", ["meetings", var id, "registrants", var registrant]) => WithMeeting(id, m => RemoveRegistrant(m, registrant)),
                ("GET", ["meetings", var id, "polls"]) => WithMeeting(id, m => Json(HttpStatusCode.OK, PollList(_polls.GetValueOrDefault(IdOf(m)) ?? []))),
                ("POST", ["meetings", var id, "polls"]) => WithMeeting(id, m => CreatePolls(m, request, batch: false)),
                ("POST", ["meetings", var id, "batch_polls"]) => WithMeeting(id, m => CreatePolls(m, request, batch: true)),
                ("GET", ["meetings", var id, "polls", var poll]) => WithMeeting(id, m => WithPoll(m, poll, p => Json(HttpStatusCode.OK, p.DeepClone()))),
                ("PUT", ["meetings", var id, "polls", var poll]) => WithMeeting(id, m => WithPoll(m, poll, p => ReplacePoll(p, request))),
                ("DELETE", ["meetings", var id, "polls", var poll]) => WithMeeting(id, m => WithPoll(m, poll, p => { _polls[IdOf(m)].Remove(p); return Empty(HttpStatusCode.NoContent); })),
                // An instance UUID may hold a '/' (sent as %2F, which the server decodes like a separator): rejoin the middle.
                ("GET", ["meetings", .. var id, "recordings"]) when id.Length > 0 => Recordings(string.Join('/', id), request),
                ("DELETE", ["meetings", .. var id, "recordings"]) when id.Length > 0 => DeleteRecordings(string.Join('/', id), request, file: null),
                ("DELETE", ["meetings", .. var id, "recordings", var file]) when id.Length > 0 => DeleteRecordings(string.Join('/', id), request, file),
                ("GET", ["past_meetings", var id, "instances"]) => WithMeeting(id, _ => Json(HttpStatusCode.OK, new JsonObject { ["meetings"] = new JsonArray() })),
                ("GET", ["past_meetings", var id, "polls"]) => Error(HttpStatusCode.NotFound, 3001, $"Meeting {id} has not ended or has no poll answers."),
                ("GET", ["past_meetings", .. var uuid, "participants"]) when uuid.Length > 0 => Error(HttpStatusCode.NotFound, 3001, $"This meeting is not available or ID is not valid: {string.Join('/', uuid)} has not ended."),
                ("GET", ["past_meetings", .. var uuid]) when uuid.Length > 0 => Error(HttpStatusCode.NotFound, 3001, $"This meeting is not available or ID is not valid: {string.Join('/', uuid)} has not ended."),
                _ => Error(HttpStatusCode.NotFound, 404, "Not found."),
            };
        }
    }

    private ResponseMessage WithMeeting(string idText, Func<JsonObject, ResponseMessage> then) =>
        long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _meetings.TryGetValue(id, out var meeting)
            ? then(meeting)
            : NotFound(idText);

    private static ResponseMessage NotFound(string id) => Error(HttpStatusCode.NotFound, 3001, $"Meeting does not exist: {id}.");

    /// <summary>The meeting as get and create answer: a fresh start URL each time (Zoom's expire after 2 hours).</summary>
    private JsonObject Present(JsonObject meeting)
    {
        var copy = (JsonObject)meeting.DeepClone();
        copy["start_url"] = $"https://{Subdomain}.zoom.us/s/{IdOf(meeting)}?zak={RandomToken(40)}";
        return copy;
    }

    private static int Type(JsonObject meeting) => meeting["type"]!.GetValue<int>();

    private static long IdOf(JsonObject meeting) => meeting["id"]!.GetValue<long>();

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ResponseMessage Error(HttpStatusCode status, int code, string message) =>
        Json(status, new JsonObject { ["code"] = code, ["message"] = message });

    private static string RandomToken(int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return RandomNumberGenerator.GetString(Alphabet, length);
    }

    private static string RandomDigits(int length) => RandomNumberGenerator.GetString("0123456789", length);

    [GeneratedRegex("^[a-zA-Z0-9@_*-]{1,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPattern();
}
