using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
public sealed class VonageSimulator : ProviderSimulator
{
    private const string Prefix = "/v1/meetings";
    private readonly RSA _publicKey;
    private readonly Dictionary<string, JsonObject> _rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _recordings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uploadedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tokenIds = new(StringComparer.Ordinal);
    private long _nextSerial = 2293900;
    private string? _defaultThemeId;

    /// <summary>Starts a simulator. Without <paramref name="publicKeyPem"/>, it makes a key pair and exposes the private half in <see cref="PrivateKeyPem"/>.</summary>
    /// <param name="publicKeyPem">The application's public key (PEM) to validate JWTs against.</param>
    /// <param name="applicationId">The application id tokens must carry; a random UUID by default.</param>
    public VonageSimulator(string? publicKeyPem = null, string? applicationId = null)
    {
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

    /// <summary>Adds a recording of <paramref name="sessionId"/>, as if a meeting had been recorded.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="status">started, stopped, paused or uploaded.</param>
    /// <returns>The recording id.</returns>
    public string AddRecording(string sessionId, string status = "uploaded")
    {
        var id = Guid.NewGuid().ToString();
        var now = DateTimeOffset.UtcNow;
        lock (_rooms)
        {
            _recordings[id] = new JsonObject
            {
                ["id"] = id,
                ["session_id"] = sessionId,
                ["started_at"] = Iso(now.AddMinutes(-30)),
                ["ended_at"] = Iso(now),
                ["status"] = status,
                ["_links"] = new JsonObject { ["url"] = new JsonObject { ["href"] = $"{Url}storage/recordings/{id}/archive.mp4" } },
            };
        }

        return id;
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

    private ResponseMessage? Authenticate(IRequestMessage request)
    {
        var header = Header(request, "Authorization");
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Unauthorized("Missing Auth", "Auth header is required");
        }

        var parts = header["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return Unauthorized("Invalid Token", "The token is not a JWT");
        }

        try
        {
            using var head = JsonDocument.Parse(Base64Url(parts[0]));
            if (head.RootElement.GetProperty("alg").GetString() != "RS256")
            {
                return Unauthorized("Invalid Token", "alg must be RS256");
            }

            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!_publicKey.VerifyData(signed, Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return Unauthorized("Invalid Token", "The signature does not verify");
            }

            using var payload = JsonDocument.Parse(Base64Url(parts[1]));
            var claims = payload.RootElement;
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            if (!claims.TryGetProperty("application_id", out var app) || app.GetString() != ApplicationId)
            {
                return Unauthorized("Invalid Token", "application_id does not match");
            }

            if (!claims.TryGetProperty("iat", out var iat) || !claims.TryGetProperty("jti", out var jti) || string.IsNullOrEmpty(jti.GetString()))
            {
                return Unauthorized("Invalid Token", "iat and jti are required");
            }

            var expires = claims.TryGetProperty("exp", out var exp) ? exp.GetInt64() : iat.GetInt64() + 900;
            if (expires <= now || expires - iat.GetInt64() > 86400 || iat.GetInt64() > now + 60)
            {
                return Unauthorized("Invalid Token", "The token has expired or its lifetime is over 24 hours");
            }

            lock (_tokenIds)
            {
                _tokenIds.Add(jti.GetString()!);
            }

            return null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or CryptographicException)
        {
            return Unauthorized("Invalid Token", "The token could not be read");
        }
    }

    private ResponseMessage CreateRoom(IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body?["display_name"] is not JsonValue nameValue || nameValue.GetValue<string>() is not { Length: > 0 and <= 200 } name)
        {
            return BadRequest("\"display_name\" is required and must be at most 200 characters");
        }

        var type = body["type"]?.GetValue<string>() ?? "instant";
        var now = DateTimeOffset.UtcNow;
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

            if (key == "expires_at" && (!TryTime(value, out var expires) || expires <= DateTimeOffset.UtcNow.AddMinutes(10)))
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

    private ResponseMessage DeleteRecording(string id)
    {
        if (!_recordings.TryGetValue(id, out var recording))
        {
            return NotFound(id);
        }

        if (recording["status"]?.GetValue<string>() != "uploaded")
        {
            return Json(HttpStatusCode.InternalServerError, new JsonObject { ["message"] = "Recording can only be deleted when uploaded", ["name"] = "InternalServerError", ["status"] = 500 });
        }

        _recordings.Remove(id);
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage SessionRecordings(string sessionId)
    {
        var recordings = _recordings.Values.Where(r => r["session_id"]?.GetValue<string>() == sessionId).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return recordings.Length == 0 ? NotFound(sessionId) : Json(HttpStatusCode.OK, new JsonObject { ["_embedded"] = new JsonObject { ["recordings"] = new JsonArray(recordings) } });
    }

    private ResponseMessage CreateTheme(IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body is null || Text(body, "main_color") is not { } color || !IsColor(color) || Text(body, "brand_text") is not { Length: > 0 } brand)
        {
            return BadRequest("\"main_color\" (#rgb or #rrggbb) and \"brand_text\" are required");
        }

        var name = Text(body, "theme_name") ?? Guid.NewGuid().ToString();
        var shortUrl = Text(body, "short_company_url");
        if (_themes.Values.Any(t => Text(t, "theme_name") == name || (shortUrl is not null && Text(t, "short_company_url") == shortUrl)))
        {
            return Json(HttpStatusCode.Conflict, new JsonObject { ["message"] = "theme_name or short_company_url already exists", ["name"] = "ConflictError", ["status"] = 409 });
        }

        var id = Guid.NewGuid().ToString();
        var theme = new JsonObject
        {
            ["theme_id"] = id,
            ["theme_name"] = name,
            ["domain"] = "VCP",
            ["account_id"] = "sim-account",
            ["application_id"] = ApplicationId,
            ["main_color"] = color,
            ["short_company_url"] = shortUrl,
            ["brand_text"] = brand,
        };
        _themes[id] = theme;
        return Json(HttpStatusCode.Created, theme.DeepClone());
    }

    private ResponseMessage UpdateTheme(string id, IRequestMessage request)
    {
        if (!_themes.TryGetValue(id, out var theme))
        {
            return NotFound(id);
        }

        if (BodyObject(request)?["update_details"] is not JsonObject details || details.Count == 0)
        {
            return BadRequest("\"update_details\" must have at least one key");
        }

        if (Text(details, "main_color") is { } color && !IsColor(color))
        {
            return BadRequest("\"main_color\" must be #rgb or #rrggbb");
        }

        foreach (var (key, value) in details)
        {
            theme[key] = value?.DeepClone();
        }

        return Json(HttpStatusCode.OK, theme.DeepClone());
    }

    private ResponseMessage DeleteTheme(string id, IRequestMessage request)
    {
        if (!_themes.ContainsKey(id))
        {
            return NotFound(id);
        }

        var inUse = _defaultThemeId == id || _rooms.Values.Any(r => r["theme_id"]?.GetValue<string>() == id);
        if (inUse && Query(request, "force") != "true")
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["message"] = "Theme is in use; use force=true", ["name"] = "BadRequestError", ["status"] = 400 });
        }

        _themes.Remove(id);
        foreach (var room in _rooms.Values.Where(r => r["theme_id"]?.GetValue<string>() == id))
        {
            room["theme_id"] = null;
        }

        if (_defaultThemeId == id)
        {
            _defaultThemeId = null;
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage LogoForms()
    {
        var forms = new JsonArray();
        foreach (var type in new[] { "white", "colored", "favicon" })
        {
            forms.Add(new JsonObject
            {
                ["url"] = $"{Url}storage/upload",
                ["fields"] = new JsonObject
                {
                    ["Content-Type"] = "image/png",
                    ["key"] = $"auto-expiring-temp/logos/{type}/{Guid.NewGuid()}",
                    ["logoType"] = type,
                    ["bucket"] = "roomservice-whitelabel-logos-sim",
                    ["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256",
                    ["X-Amz-Credential"] = "SIM/20260101/eu-west-1/s3/aws4_request",
                    ["X-Amz-Date"] = "20260101T000000Z",
                    ["X-Amz-Security-Token"] = "sim-token",
                    ["Policy"] = "c2ltLXBvbGljeQ==",
                    ["X-Amz-Signature"] = "sim-signature",
                },
            });
        }

        return Json(HttpStatusCode.OK, forms);
    }

    private ResponseMessage Upload(IRequestMessage request)
    {
        if (Header(request, "Authorization") is not null)
        {
            return Text(HttpStatusCode.BadRequest, "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>", "application/xml");
        }

        var body = request.Body ?? (request.BodyAsBytes is { } bytes ? Encoding.Latin1.GetString(bytes) : string.Empty);
        var marker = "name=key";
        var at = body.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || !body.Contains("name=file", StringComparison.Ordinal))
        {
            return Text(HttpStatusCode.BadRequest, $"<Error><Code>InvalidArgument</Code><Message>key and file are required ({body.Length} bytes)</Message></Error>", "application/xml");
        }

        var value = body[(at + marker.Length)..].Split(["\r\n\r\n"], 2, StringSplitOptions.None)[1];
        var key = value[..value.IndexOf("\r\n", StringComparison.Ordinal)];
        lock (_rooms)
        {
            _uploadedKeys.Add(key);
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage FinalizeLogos(string id, IRequestMessage request)
    {
        if (!_themes.TryGetValue(id, out var theme))
        {
            return NotFound(id);
        }

        var keys = BodyObject(request)?["keys"] as JsonArray;
        if (keys is null || keys.Count == 0)
        {
            return BadRequest("\"keys\" is required");
        }

        foreach (var key in keys.Select(k => k is JsonObject o ? Text(o, "key") : k?.GetValue<string>()))
        {
            if (key is null || !_uploadedKeys.Contains(key))
            {
                return Json(HttpStatusCode.BadRequest, new JsonObject
                {
                    ["message"] = "could not finalize logos",
                    ["name"] = "BadRequestError",
                    ["status"] = 400,
                    ["errors"] = new JsonArray(new JsonObject { ["logoKey"] = key, ["code"] = "key_not_found" }),
                });
            }

            var type = key.Split('/')[2];
            var field = type switch { "white" => "brand_image_white", "colored" => "brand_image_colored", _ => "branded_favicon" };
            theme[field] = key;
            theme[field + "_url"] = $"{Url}storage/{key}";
        }

        return Empty(HttpStatusCode.OK);
    }

    private ResponseMessage UpdateApplication(IRequestMessage request)
    {
        if (BodyObject(request)?["update_details"] is not JsonObject details || Text(details, "default_theme_id") is not { } themeId)
        {
            return BadRequest("\"update_details.default_theme_id\" is required");
        }

        if (!_themes.ContainsKey(themeId))
        {
            return NotFound(themeId);
        }

        _defaultThemeId = themeId;
        return Json(HttpStatusCode.OK, new JsonObject { ["application_id"] = ApplicationId, ["account_id"] = "sim-account", ["default_theme_id"] = themeId });
    }

    private static JsonObject Public(JsonObject room)
    {
        var copy = (JsonObject)room.DeepClone();
        copy.Remove("serial");
        return copy;
    }

    private static ResponseMessage Unauthorized(string title, string detail) =>
        Json(HttpStatusCode.Unauthorized, new JsonObject { ["title"] = title, ["detail"] = detail });

    private static ResponseMessage BadRequest(string message) =>
        Json(HttpStatusCode.BadRequest, new JsonObject { ["message"] = message, ["name"] = "InputValidationError", ["status"] = 400 });

    private static ResponseMessage NotFound(string id) =>
        Json(HttpStatusCode.NotFound, new JsonObject { ["message"] = $"Failed to fetch resource with id {id}", ["name"] = "NotFoundError", ["status"] = 404 });

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool IsColor(string color) =>
        color.Length is 4 or 7 && color[0] == '#' && color.Skip(1).All(char.IsAsciiHexDigit);

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
