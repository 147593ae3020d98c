using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vonage;

/// <summary>
/// A stateful simulator of the Vonage Meetings API v1 on loopback: rooms (HAL paging by serial <c>start_id</c>, update through
/// <c>update_details</c>, the guide's <c>DELETE /rooms/{id}</c>), recordings, dial-in numbers, themes with the three-step logo
/// upload, and the application's default theme. Every call must carry an application JWT whose RS256 signature verifies
/// against the simulator's public key and whose claims hold (<c>application_id</c>, <c>iat</c>, <c>jti</c>, unexpired <c>exp</c>
/// at most 24 h after <c>iat</c>); otherwise 401 <c>{title, detail}</c>. Point <c>VonageOptions.BaseAddress</c> at <see cref="BaseAddress"/>.
/// </summary>
public sealed partial class VonageSimulator : ProviderSimulator
{
    private const string Prefix = "/v1/meetings";
    private readonly RSA _publicKey;
    private readonly Dictionary<string, JsonObject> _rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _recordings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uploadedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tokenIds = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private long _nextSerial = 2293900;
    private string? _defaultThemeId;

    /// <summary>Starts a simulator. Without <paramref name="publicKeyPem"/>, it makes a key pair and exposes the private half in <see cref="PrivateKeyPem"/>.</summary>
    /// <param name="publicKeyPem">The application's public key (PEM) to validate JWTs against.</param>
    /// <param name="applicationId">The application id tokens must carry; a random UUID by default.</param>
    /// <param name="timeProvider">The clock that checks token lifetimes and stamps rooms and recordings (default: system).</param>
    public VonageSimulator(string? publicKeyPem = null, string? applicationId = null, TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _publicKey = RSA.Create();
        if (publicKeyPem is null)
        {
            using var pair = RSA.Create(2048);
            PrivateKeyPem = pair.ExportPkcs8PrivateKeyPem();
            _publicKey.ImportFromPem(pair.ExportSubjectPublicKeyInfoPem());
        }
        else
        {
            _publicKey.ImportFromPem(publicKeyPem);
        }

        ApplicationId = applicationId ?? Guid.NewGuid().ToString();
    }

    /// <summary>Gets the private key (PKCS#8 PEM) matching the simulator's public key, when the simulator made the pair.</summary>
    public string? PrivateKeyPem { get; }

    /// <summary>Gets the application id tokens must carry.</summary>
    public string ApplicationId { get; }

    /// <summary>Gets the base address to configure: <c>{Url}/v1/meetings/</c>.</summary>
    public Uri BaseAddress => new(Url, Prefix + "/");

    /// <inheritdoc />
    public override string Provider => RoomProviders.Vonage;

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string?>> Settings() => new Dictionary<string, string?>
    {
        ["ApplicationId"] = ApplicationId,
        ["PrivateKey"] = PrivateKeyPem,
        ["BaseAddress"] = BaseAddress.ToString(),
    };

    /// <summary>Gets or sets whether <c>DELETE /rooms/{id}</c> exists; when false it answers 405 like a strict v1 server.</summary>
    public bool SupportsRoomDeletion { get; set; } = true;

    /// <summary>Gets the number of distinct token ids (<c>jti</c>) seen.</summary>
    public int DistinctTokenCount
    {
        get
        {
            lock (_tokenIds)
            {
                return _tokenIds.Count;
            }
        }
    }

    /// <summary>Gets the number of rooms that exist now.</summary>
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
        var path = request.Path.TrimEnd('/');
        if (request.Method == "POST" && path == "/storage/upload")
        {
            return Upload(request); // pre-signed storage: no Vonage auth
        }

        if (Authenticate(request) is { } denied)
        {
            return denied;
        }

        if (!path.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            return NotFound(path);
        }

        var segments = path[(Prefix.Length + 1)..].Split('/').Select(Uri.UnescapeDataString).ToArray();
        lock (_rooms)
        {
            return (request.Method, segments) switch
            {
                ("GET", ["rooms"]) => ListRooms(request, null),
                ("POST", ["rooms"]) => CreateRoom(request),
                ("GET", ["rooms", var id]) => _rooms.TryGetValue(id, out var room) ? Json(HttpStatusCode.OK, Public(room)) : NotFound(id),
                ("PATCH", ["rooms", var id]) => UpdateRoom(id, request),
                ("DELETE", ["rooms", var id]) => DeleteRoom(id),
                ("GET", ["recordings", var id]) => _recordings.TryGetValue(id, out var rec) ? Json(HttpStatusCode.OK, rec.DeepClone()) : NotFound(id),
                ("DELETE", ["recordings", var id]) => DeleteRecording(id),
                ("GET", ["sessions", var sid, "recordings"]) => SessionRecordings(sid),
                ("GET", ["dial-in-numbers"]) => Json(HttpStatusCode.OK, new JsonArray(new JsonObject { ["number"] = "17323338801", ["locale"] = "en-US", ["display_name"] = "United States" })),
                ("GET", ["themes"]) => Json(HttpStatusCode.OK, new JsonArray(_themes.Values.Select(t => (JsonNode?)t.DeepClone()).ToArray())),
                ("POST", ["themes"]) => CreateTheme(request),
                ("GET", ["themes", "logos-upload-urls"]) => LogoForms(),
                ("GET", ["themes", var id]) => _themes.TryGetValue(id, out var theme) ? Json(HttpStatusCode.OK, theme.DeepClone()) : NotFound(id),
                ("PATCH", ["themes", var id]) => UpdateTheme(id, request),
                ("DELETE", ["themes", var id]) => DeleteTheme(id, request),
                ("GET", ["themes", var id, "rooms"]) => _themes.ContainsKey(id) ? ListRooms(request, id) : NotFound(id),
                ("PUT", ["themes", var id, "finalizeLogos"]) => FinalizeLogos(id, request),
                ("PATCH", ["applications"]) => UpdateApplication(request),
                _ => NotFound(path),
            };
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _publicKey.Dispose();
        }

        base.Dispose(disposing);
    }

    private static ResponseMessage Unauthorized(string title, string detail) =>
        Json(HttpStatusCode.Unauthorized, new JsonObject { ["title"] = title, ["detail"] = detail });

    private static ResponseMessage BadRequest(string message) =>
        Json(HttpStatusCode.BadRequest, new JsonObject { ["message"] = message, ["name"] = "InputValidationError", ["status"] = 400 });

    private static ResponseMessage NotFound(string id) =>
        Json(HttpStatusCode.NotFound, new JsonObject { ["message"] = $"Failed to fetch resource with id {id}", ["name"] = "NotFoundError", ["status"] = 404 });

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool TryTime(JsonNode? node, out DateTimeOffset time)
    {
        time = default;
        return node is JsonValue v && v.TryGetValue<string>(out var s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static byte[] Base64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
