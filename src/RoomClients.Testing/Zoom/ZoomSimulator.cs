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
/// with <see cref="AddRecording"/>). API calls need an unexpired token the simulator issued (else 401, code 124); a wrong
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
    public ZoomSimulator(string? accountId = null, string? clientId = null, string? clientSecret = null, string subdomain = "roomclients-sim")
    {
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

    /// <summary>Gets the number of meetings that exist now.</summary>
    public int MeetingCount
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

    /// <summary>Adds a finished cloud recording (an MP4 and an M4A file) to a meeting, as Zoom would after a recorded session.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <returns>The MP4 file's id.</returns>
    public string AddRecording(long meetingId)
    {
        lock (_meetings)
        {
            var meeting = _meetings.TryGetValue(meetingId, out var m) ? m : throw new ArgumentException($"No meeting {meetingId}.", nameof(meetingId));
            var uuid = meeting["uuid"]!.GetValue<string>();
            var start = DateTimeOffset.UtcNow.AddMinutes(-30);
            var files = new JsonArray();
            string? first = null;
            foreach (var (type, extension, recordingType) in new[] { ("MP4", "MP4", "shared_screen_with_speaker_view"), ("M4A", "M4A", "audio_only") })
            {
                var id = Guid.NewGuid().ToString();
                first ??= id;
                files.Add(new JsonObject
                {
                    ["id"] = id,
                    ["meeting_id"] = uuid,
                    ["recording_start"] = Time(start),
                    ["recording_end"] = Time(start.AddMinutes(29)),
                    ["file_type"] = type,
                    ["file_extension"] = extension,
                    ["file_size"] = 1_048_576,
                    ["play_url"] = $"https://{Subdomain}.zoom.us/rec/play/{id}",
                    ["download_url"] = $"https://{Subdomain}.zoom.us/rec/download/{id}",
                    ["status"] = "completed",
                    ["recording_type"] = recordingType,
                });
            }

            _recordings[meetingId] = new JsonObject
            {
                ["uuid"] = uuid,
                ["id"] = meetingId,
                ["account_id"] = AccountId,
                ["host_id"] = UserId,
                ["topic"] = meeting["topic"]?.DeepClone(),
                ["type"] = meeting["type"]?.DeepClone(),
                ["start_time"] = Time(start),
                ["duration"] = 30,
                ["total_size"] = 2 * 1_048_576,
                ["recording_count"] = 2,
                ["share_url"] = $"https://{Subdomain}.zoom.us/rec/share/{RandomToken(12)}",
                ["recording_files"] = files,
            };
            return first!;
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
                ("GET", ["meetings", .. var id, "recordings"]) when id.Length > 0 => Recordings(string.Join('/', id)),
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

    private ResponseMessage HandleOAuth(IRequestMessage request)
    {
        Interlocked.Increment(ref _tokenRequests);
        if (_tokenFaults.TryDequeue(out var fault))
        {
            var response = fault.Body is null ? Empty((HttpStatusCode)fault.Status)
                : Text((HttpStatusCode)fault.Status, fault.Body, fault.Body.TrimStart().StartsWith('{') ? "application/json" : "text/html");
            foreach (var header in fault.Headers ?? new Dictionary<string, string>())
            {
                response.AddHeader(header.Key, header.Value);
            }

            return response;
        }

        if (request.Method != "POST" || request.Path.TrimEnd('/') != "/oauth/token")
        {
            return Json(HttpStatusCode.NotFound, new JsonObject { ["reason"] = "Not found", ["error"] = "not_found" });
        }

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        if (!string.Equals(Header(request, "Authorization"), expected, StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.Unauthorized, new JsonObject { ["reason"] = "Invalid client_id or client_secret", ["error"] = "invalid_client" });
        }

        if (Query(request, "grant_type") != "account_credentials")
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["reason"] = "Unsupported grant type", ["error"] = "unsupported_grant_type" });
        }

        if (Query(request, "account_id") != AccountId)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["reason"] = "Invalid request : Account ID is invalid.", ["error"] = "invalid_request" });
        }

        var token = "eyJ" + RandomToken(96); // shaped like Zoom's JWT access tokens, so leak checks for "eyJ" mean something
        lock (_tokens)
        {
            if (NewTokenInvalidatesOlder)
            {
                _tokens.Clear();
            }

            _tokens[token] = DateTimeOffset.UtcNow + TokenLifetime;
        }

        Interlocked.Increment(ref _tokensIssued);
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "bearer",
            ["expires_in"] = (long)TokenLifetime.TotalSeconds,
            ["scope"] = "meeting:read:admin meeting:write:admin recording:read:admin recording:write:admin",
            ["api_url"] = "https://api.zoom.us",
        });
    }

    private bool Authorized(string? header)
    {
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        lock (_tokens)
        {
            return _tokens.TryGetValue(header["Bearer ".Length..], out var expires) && DateTimeOffset.UtcNow < expires;
        }
    }

    private bool KnownUser(string user) => user == "me" || user == UserId || string.Equals(user, UserEmail, StringComparison.OrdinalIgnoreCase);

    private ResponseMessage Create(string user, IRequestMessage request)
    {
        if (!KnownUser(user))
        {
            return Error(HttpStatusCode.NotFound, 1001, $"User does not exist: {user}.");
        }

        if (BodyObject(request) is not { } body)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Request Body should be a valid JSON object.");
        }

        if (Validate(body, creating: true) is { } invalid)
        {
            return invalid;
        }

        if (DailyLimitReached() is { } limited)
        {
            return limited;
        }

        var id = _nextId++;
        var type = body["type"]?.GetValue<int>() ?? 2;
        var now = DateTimeOffset.UtcNow;
        var password = body["password"]?.GetValue<string>() ?? RandomDigits(6);
        var meeting = new JsonObject
        {
            ["id"] = id,
            ["uuid"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)),
            ["host_id"] = UserId,
            ["host_email"] = UserEmail,
            ["topic"] = body["topic"]?.GetValue<string>() ?? "Zoom Meeting",
            ["type"] = type,
            ["status"] = "waiting",
            ["timezone"] = body["timezone"]?.GetValue<string>() ?? "UTC",
            ["created_at"] = Time(now),
            ["password"] = password,
            ["join_url"] = $"https://{Subdomain}.zoom.us/j/{id}?pwd={RandomToken(24)}",
            ["settings"] = Settings(body["settings"] as JsonObject, new JsonObject()),
        };
        if (type != 3)
        {
            meeting["start_time"] = type == 1 || body["start_time"] is null ? Time(now) : Time(Parse(body["start_time"]!.GetValue<string>()));
            meeting["duration"] = body["duration"]?.GetValue<int>() ?? 60;
        }

        foreach (var field in CopiedFields)
        {
            if (body[field] is { } value)
            {
                meeting[field] = value.DeepClone();
            }
        }

        _meetings[id] = meeting;
        _order.Add(id);
        CreatedCount++;
        var created = Json(HttpStatusCode.Created, Present(meeting));
        created.AddHeader("Content-Location", $"{BaseAddress}meetings/{id}");
        return created;
    }

    private ResponseMessage Update(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Request Body should be a valid JSON object.");
        }

        if (Validate(body, creating: false) is { } invalid)
        {
            return invalid;
        }

        if (DailyLimitReached() is { } limited)
        {
            return limited;
        }

        foreach (var (key, value) in body)
        {
            meeting[key] = key == "settings" ? Settings(value as JsonObject, meeting["settings"] as JsonObject ?? new JsonObject())
                : key == "start_time" && value is not null ? Time(Parse(value.GetValue<string>()))
                : value?.DeepClone();
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage Delete(JsonObject meeting)
    {
        var id = IdOf(meeting);
        if (meeting["status"]?.GetValue<string>() == "started")
        {
            return Error(HttpStatusCode.BadRequest, 3002, "Sorry, you cannot delete this meeting since it is in progress.");
        }

        _meetings.Remove(id);
        _deleted[id] = meeting;
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage Status(string idText, IRequestMessage request)
    {
        var action = BodyObject(request)?["action"]?.GetValue<string>();
        if (action is not ("end" or "recover"))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: action must be end or recover.");
        }

        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return NotFound(idText);
        }

        if (action == "recover")
        {
            if (!_deleted.Remove(id, out var restored))
            {
                return _meetings.ContainsKey(id) ? Empty(HttpStatusCode.NoContent) : NotFound(idText);
            }

            restored["status"] = "waiting";
            _meetings[id] = restored;
            return Empty(HttpStatusCode.NoContent);
        }

        return WithMeeting(idText, m =>
        {
            m["status"] = "waiting";
            return Empty(HttpStatusCode.NoContent);
        });
    }

    private ResponseMessage List(string user, IRequestMessage request)
    {
        if (!KnownUser(user))
        {
            return Error(HttpStatusCode.NotFound, 1001, $"User does not exist: {user}.");
        }

        var now = DateTimeOffset.UtcNow;
        int offset;
        string filter;
        int pageSize;
        if (Query(request, "next_page_token") is { Length: > 0 } token)
        {
            if (!_pageTokens.Remove(token, out var state) || state.Expires < now)
            {
                return Error(HttpStatusCode.BadRequest, 300, "The next page token is invalid or expired.");
            }

            (offset, filter, pageSize) = (state.Offset, state.Filter, state.PageSize);
        }
        else
        {
            offset = 0;
            filter = Query(request, "type") ?? "live";
            if (filter is not ("scheduled" or "live" or "upcoming"))
            {
                return Error(HttpStatusCode.BadRequest, 300, "Invalid field: type must be scheduled, live or upcoming.");
            }

            pageSize = 30;
            if (Query(request, "page_size") is { } text && (!int.TryParse(text, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > 300))
            {
                return Error(HttpStatusCode.BadRequest, 300, "Invalid field: page_size must be between 1 and 300.");
            }
        }

        var matching = _order.Where(_meetings.ContainsKey).Select(id => _meetings[id]).Where(m => filter switch
        {
            "live" => m["status"]?.GetValue<string>() == "started",
            "upcoming" => Type(m) != 1 && (Type(m) == 3 || Parse(m["start_time"]!.GetValue<string>()) >= now),
            _ => Type(m) != 1, // scheduled: every unexpired meeting but instant ones
        }).ToList();
        var page = matching.Skip(offset).Take(pageSize).ToList();
        string next = string.Empty;
        if (offset + page.Count < matching.Count)
        {
            next = RandomToken(32);
            _pageTokens[next] = (offset + page.Count, filter, pageSize, now.AddMinutes(15));
        }

        var items = page.Select(m =>
        {
            var item = new JsonObject();
            foreach (var field in ListedFields)
            {
                if (m[field] is { } value)
                {
                    item[field] = value.DeepClone();
                }
            }

            if (m["agenda"]?.GetValue<string>() is { } agenda)
            {
                item["agenda"] = agenda.Length > 250 ? agenda[..250] : agenda;
            }

            return (JsonNode?)item;
        }).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["page_size"] = pageSize,
            ["total_records"] = matching.Count,
            ["page_count"] = (matching.Count + pageSize - 1) / pageSize,
            ["next_page_token"] = next,
            ["meetings"] = new JsonArray(items),
        });
    }

    private ResponseMessage Templates(string user) =>
        KnownUser(user)
            ? Json(HttpStatusCode.OK, new JsonObject
            {
                ["total_records"] = 1,
                ["templates"] = new JsonArray(new JsonObject { ["id"] = "AdxbhxCzKgSiWAw", ["name"] = "Weekly consultation", ["type"] = 1 }),
            })
            : Error(HttpStatusCode.NotFound, 1001, $"User does not exist: {user}.");

    private ResponseMessage Invitation(JsonObject meeting) => Json(HttpStatusCode.OK, new JsonObject
    {
        ["invitation"] = $"{UserEmail} is inviting you to a scheduled Zoom meeting.\r\n\r\nTopic: {meeting["topic"]}\r\n\r\nJoin Zoom Meeting\r\n{meeting["join_url"]}\r\n\r\nMeeting ID: {IdOf(meeting)}\r\nPasscode: {meeting["password"]}\r\n",
    });

    private ResponseMessage SetLiveStream(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body || body["stream_url"] is null || body["stream_key"] is null || body["page_url"] is null)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: stream_url, stream_key and page_url are required.");
        }

        _liveStreams[IdOf(meeting)] = body;
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage Registrants(JsonObject meeting, IRequestMessage request)
    {
        var status = Query(request, "status") ?? "approved";
        var list = (_registrants.GetValueOrDefault(IdOf(meeting)) ?? []).Where(r => r["status"]!.GetValue<string>() == status).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject { ["page_size"] = 30, ["total_records"] = list.Length, ["page_count"] = 1, ["next_page_token"] = "", ["registrants"] = new JsonArray(list) });
    }

    private ResponseMessage AddRegistrant(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body || body["email"] is null || body["first_name"] is null)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: email and first_name are required.");
        }

        var id = RandomToken(22);
        var registrant = (JsonObject)body.DeepClone();
        registrant["id"] = id;
        registrant["status"] = body["auto_approve"]?.GetValue<bool>() == false ? "pending" : "approved";
        registrant["create_time"] = Time(DateTimeOffset.UtcNow);
        registrant["join_url"] = $"https://{Subdomain}.zoom.us/w/{IdOf(meeting)}?tk={RandomToken(24)}";
        registrant.Remove("auto_approve");
        if (!_registrants.TryGetValue(IdOf(meeting), out var list))
        {
            _registrants[IdOf(meeting)] = list = [];
        }

        list.Add(registrant);
        return Json(HttpStatusCode.Created, new JsonObject
        {
            ["id"] = IdOf(meeting),
            ["registrant_id"] = id,
            ["topic"] = meeting["topic"]?.DeepClone(),
            ["start_time"] = meeting["start_time"]?.DeepClone(),
            ["join_url"] = registrant["join_url"]!.DeepClone(),
        });
    }

    private ResponseMessage SetQuestions(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Request Body should be a valid JSON object.");
        }

        _questions[IdOf(meeting)] = body;
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage RegistrantStatus(JsonObject meeting, IRequestMessage request)
    {
        var body = BodyObject(request);
        var action = body?["action"]?.GetValue<string>();
        if (action is not ("approve" or "cancel" or "deny"))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: action must be approve, cancel or deny.");
        }

        var status = action switch { "approve" => "approved", "deny" => "denied", _ => "cancelled" };
        var named = (body!["registrants"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        foreach (var registrant in _registrants.GetValueOrDefault(IdOf(meeting)) ?? [])
        {
            if (named.Count == 0 || named.Any(n => n["id"]?.GetValue<string>() == registrant["id"]!.GetValue<string>()
                || string.Equals(n["email"]?.GetValue<string>(), registrant["email"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase)))
            {
                registrant["status"] = status;
            }
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage RemoveRegistrant(JsonObject meeting, string registrant)
    {
        var list = _registrants.GetValueOrDefault(IdOf(meeting)) ?? [];
        return list.RemoveAll(r => r["id"]!.GetValue<string>() == registrant) > 0
            ? Empty(HttpStatusCode.NoContent)
            : Error(HttpStatusCode.NotFound, 3001, $"Registrant {registrant} not found.");
    }

    private ResponseMessage CreatePolls(JsonObject meeting, IRequestMessage request, bool batch)
    {
        if (Type(meeting) == 1)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Instant meetings do not have polling features enabled.");
        }

        var body = BodyObject(request);
        var requested = batch ? (body?["polls"] as JsonArray ?? []).OfType<JsonObject>().ToList() : body is null ? [] : [body];
        if (requested.Count == 0 || requested.Any(p => p["questions"] is not JsonArray { Count: > 0 }))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: a poll needs questions.");
        }

        if (!_polls.TryGetValue(IdOf(meeting), out var polls))
        {
            _polls[IdOf(meeting)] = polls = [];
        }

        var created = requested.Select(p =>
        {
            var poll = (JsonObject)p.DeepClone();
            poll["id"] = RandomToken(22);
            poll["status"] = "notstart";
            polls.Add(poll);
            return poll;
        }).ToList();
        return Json(HttpStatusCode.Created, batch ? PollList(created) : created[0].DeepClone());
    }

    private static ResponseMessage ReplacePoll(JsonObject poll, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body || body["questions"] is not JsonArray)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: a poll needs questions.");
        }

        poll["title"] = body["title"]?.DeepClone();
        poll["questions"] = body["questions"]!.DeepClone();
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage WithPoll(JsonObject meeting, string pollId, Func<JsonObject, ResponseMessage> then) =>
        (_polls.GetValueOrDefault(IdOf(meeting)) ?? []).FirstOrDefault(p => p["id"]!.GetValue<string>() == pollId) is { } poll
            ? then(poll)
            : Error(HttpStatusCode.NotFound, 404, "Meeting Poll not found.");

    private ResponseMessage Recordings(string idText)
    {
        var id = RecordingKey(idText);
        return id is { } key && _recordings.TryGetValue(key, out var recording)
            ? Json(HttpStatusCode.OK, recording.DeepClone())
            : Error(HttpStatusCode.NotFound, 3301, "This recording does not exist.");
    }

    private ResponseMessage DeleteRecordings(string idText, IRequestMessage request, string? file)
    {
        if (Query(request, "action") is { } action && action is not ("trash" or "delete"))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: action must be trash or delete.");
        }

        if (RecordingKey(idText) is not { } key || !_recordings.TryGetValue(key, out var recording))
        {
            return Error(HttpStatusCode.NotFound, 3301, "This recording does not exist.");
        }

        if (file is null)
        {
            _recordings.Remove(key);
            return Empty(HttpStatusCode.NoContent);
        }

        var files = (JsonArray)recording["recording_files"]!;
        var match = files.OfType<JsonObject>().FirstOrDefault(f => f["id"]!.GetValue<string>() == file);
        if (match is null)
        {
            return Error(HttpStatusCode.NotFound, 3301, "This recording does not exist.");
        }

        files.Remove(match);
        recording["recording_count"] = files.Count;
        return Empty(HttpStatusCode.NoContent);
    }

    /// <summary>A recordings path names a meeting by its ID or by an instance UUID.</summary>
    private long? RecordingKey(string idText)
    {
        if (long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        // A double-encoded UUID arrives encoded once more; WireMock decodes paths like a form, so a UUID's '+' (Base64) can
        // arrive as a space, which no UUID holds.
        var uuid = Uri.UnescapeDataString(idText).Replace(' ', '+');
        return _recordings.Where(r => r.Value["uuid"]!.GetValue<string>() == uuid).Select(r => (long?)r.Key).FirstOrDefault();
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

    private static ResponseMessage? Validate(JsonObject body, bool creating)
    {
        var errors = new List<(string Field, string Message)>();
        try
        {
            if (body["type"] is { } type && type.GetValue<int>() is not (1 or 2 or 3 or 8))
            {
                errors.Add(("type", "must be 1, 2, 3 or 8."));
            }

            if (body["topic"] is { } topic && topic.GetValue<string>().Length > 200)
            {
                errors.Add(("topic", "must be at most 200 characters."));
            }

            if (body["agenda"] is { } agenda && agenda.GetValue<string>().Length > 2000)
            {
                errors.Add(("agenda", "must be at most 2000 characters."));
            }

            if (body["password"] is { } password && !PasswordPattern().IsMatch(password.GetValue<string>()))
            {
                errors.Add(("password", "must be at most 10 characters of a-z, A-Z, 0-9, @, -, _ and *."));
            }

            if (body["duration"] is { } duration && duration.GetValue<int>() < 0)
            {
                errors.Add(("duration", "must not be negative."));
            }

            if (body["start_time"] is { } start && !DateTimeOffset.TryParse(start.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                errors.Add(("start_time", "must be yyyy-MM-ddTHH:mm:ssZ."));
            }

            if (creating && body["type"]?.GetValue<int>() == 8 && body["recurrence"] is null)
            {
                errors.Add(("recurrence", "is required for a recurring meeting with fixed time."));
            }

            if (body["settings"] is JsonObject settings)
            {
                if (settings["auto_recording"] is { } auto && auto.GetValue<string>() is not ("local" or "cloud" or "none"))
                {
                    errors.Add(("settings.auto_recording", "must be local, cloud or none."));
                }

                if (settings["waiting_room"] is { } waiting)
                {
                    _ = waiting.GetValue<bool>();
                }

                if (settings["jbh_time"] is { } jbh && jbh.GetValue<int>() is not (0 or 5 or 10))
                {
                    errors.Add(("settings.jbh_time", "must be 0, 5 or 10."));
                }

                if (settings["audio"] is { } audio && audio.GetValue<string>() is not ("both" or "telephony" or "voip"))
                {
                    errors.Add(("settings.audio", "must be both, telephony or voip."));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            errors.Add(("body", "a field has the wrong type."));
        }

        if (errors.Count == 0)
        {
            return null;
        }

        var response = new JsonObject
        {
            ["code"] = 300,
            ["message"] = "Validation Failed.",
            ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)new JsonObject { ["field"] = e.Field, ["message"] = e.Message }).ToArray()),
        };
        return Json(HttpStatusCode.BadRequest, response);
    }

    private ResponseMessage? DailyLimitReached()
    {
        if (DailyCreateUpdateLimit is not { } limit)
        {
            return null;
        }

        var key = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var count = _dailyCounts.GetValueOrDefault(key);
        if (count >= limit)
        {
            var response = DailyLimitStatus == 300
                ? Error((HttpStatusCode)300, 300, $"A maximum of {limit} meetings can be created/updated for a single user in one day.")
                : Error(HttpStatusCode.TooManyRequests, 429, $"You have exceeded the daily rate limit ({limit}) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.");
            if (DailyLimitStatus != 300)
            {
                response.AddHeader("X-RateLimit-Category", "Medium");
                response.AddHeader("X-RateLimit-Type", "Daily-limit");
                response.AddHeader("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture));
                response.AddHeader("X-RateLimit-Remaining", "0");
            }

            return response;
        }

        _dailyCounts[key] = count + 1;
        return null;
    }

    private static JsonObject Settings(JsonObject? requested, JsonObject current)
    {
        var settings = (JsonObject)current.DeepClone();
        foreach (var (key, value) in new (string, JsonNode)[]
        {
            ("host_video", false), ("participant_video", false), ("join_before_host", false), ("mute_upon_entry", false),
            ("approval_type", 2), ("audio", "both"), ("auto_recording", "none"), ("waiting_room", false), ("alternative_hosts", ""),
        })
        {
            if (settings[key] is null)
            {
                settings[key] = value;
            }
        }

        foreach (var (key, value) in requested ?? [])
        {
            settings[key] = value?.DeepClone();
        }

        if (settings["waiting_room"]?.GetValue<bool>() == true)
        {
            settings["join_before_host"] = false; // Zoom: the waiting room overrides join before host
        }

        return settings;
    }

    private static JsonObject PollList(List<JsonObject> polls) =>
        new() { ["total_records"] = polls.Count, ["polls"] = new JsonArray(polls.Select(p => (JsonNode?)p.DeepClone()).ToArray()) };

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
