using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoomClients.Webhooks;

namespace RoomClients.Daily;

/// <summary>
/// Verifies Daily webhooks and parses every documented event type into <see cref="RoomEvent"/>. Daily signs each
/// event with the webhook's <c>hmac</c> secret: <c>X-Webhook-Signature</c> = base64(HMAC-SHA256(base64-decoded secret,
/// <c>X-Webhook-Timestamp + "." + raw body</c>)); the signature is checked over the raw bytes in constant time, and
/// the timestamp must lie within the tolerance (against replays).
/// </summary>
/// <remarks>
/// When a webhook is created (or re-activated) Daily first posts a verification request, <c>{"test":"test"}</c>, and
/// creates the webhook only if it gets HTTP 200 quickly. Whether that request is signed is not documented, and with a
/// secret Daily generates you cannot know the key yet; it triggers nothing. So check
/// <see cref="IsVerificationRequest"/> first and answer 200 without acting; <see cref="Parse"/> refuses it.
/// </remarks>
public sealed class DailyWebhookParser : IRoomWebhookParser
{
    /// <summary>The signature header's name.</summary>
    public const string SignatureHeader = "X-Webhook-Signature";

    /// <summary>The timestamp header's name.</summary>
    public const string TimestampHeader = "X-Webhook-Timestamp";

    /// <summary>The shortest secret accepted, in bytes once base-64 decoded.</summary>
    public const int MinSecretBytes = 16;

    private const int MaxVerificationBodyBytes = 1024;
    private readonly Func<(string? Secret, TimeSpan Tolerance)> _settings;
    private readonly TimeProvider _time;
    private DecodedSecret? _decoded; // the last secret decoded, reused while the configured one is unchanged

    /// <summary>Initializes a new instance.</summary>
    /// <param name="webhookSecret">The webhook's <c>hmac</c> secret, base-64 as Daily shows it (at least <see cref="MinSecretBytes"/> bytes decoded).</param>
    /// <param name="tolerance">How far the timestamp may lie from now (default 5 minutes).</param>
    /// <param name="timeProvider">The clock (default: system).</param>
    /// <exception cref="ArgumentException">The secret is missing or not base-64 of at least <see cref="MinSecretBytes"/> bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive.</exception>
    public DailyWebhookParser(string webhookSecret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookSecret);
        var key = DecodeSecret(webhookSecret) ?? throw new ArgumentException($"The Daily webhook secret must be base-64 of at least {MinSecretBytes} bytes (the webhook's 'hmac').", nameof(webhookSecret));
        var window = tolerance ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero, nameof(tolerance));
        _decoded = new DecodedSecret(webhookSecret, key);
        _settings = () => (webhookSecret, window);
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Initializes a parser that reads the secret and tolerance per request (a rotated secret applies to the next webhook; a removed one fails closed).</summary>
    internal DailyWebhookParser(Func<(string? Secret, TimeSpan Tolerance)> settings, TimeProvider? timeProvider)
    {
        _settings = settings;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Provider => RoomProviders.Daily;

    /// <summary>Gets how long a webhook endpoint remembers an event against duplicates: the timestamp tolerance, and at least two hours (with <c>retryType: exponential</c> Daily tries a message up to 5 times, backing off up to 15 minutes).</summary>
    public TimeSpan DeduplicationWindow => _settings().Tolerance is var tolerance && tolerance > TimeSpan.FromHours(2) ? tolerance : TimeSpan.FromHours(2);

    /// <summary>Answers Daily's verification request (<see cref="IsVerificationRequest"/>) with an empty 200; <see langword="null"/> for anything else.</summary>
    /// <param name="request">The raw request.</param>
    /// <returns>The answer, or <see langword="null"/>.</returns>
    public RoomWebhookResponse? AnswerHandshake(RoomWebhookRequest request) => IsVerificationRequest(request) ? new RoomWebhookResponse(200) : null;

    /// <summary>
    /// Returns whether <paramref name="request"/> is the verification request Daily sends when a webhook is created or
    /// re-activated: a small JSON object with a <c>test</c> field and no event <c>type</c>. Answer it with HTTP 200 and
    /// do nothing else. It is recognised by its shape alone (signed or not), since answering it has no effect.
    /// </summary>
    /// <param name="request">The raw request.</param>
    /// <returns><see langword="true"/> for the verification request.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The webhook endpoint asks the registered parser; an instance member is the hook the ASP.NET Core integration calls.")]
    public bool IsVerificationRequest(RoomWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsVerificationBody(request.Body.Span);
    }

    /// <inheritdoc />
    /// <exception cref="RoomWebhookException">The signature is missing, malformed or wrong, the timestamp is outside the tolerance, or the body is not an event (the verification request included).</exception>
    public RoomEvent Parse(RoomWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verify(request.GetHeader(SignatureHeader), request.GetHeader(TimestampHeader), request.Body.Span);
        if (IsVerificationBody(request.Body.Span))
        {
            throw WebhookJson.Malformed(Provider, "this is Daily's webhook verification request, not an event; answer it with 200 (see IsVerificationRequest).");
        }

        return ParseEvent(request.Body.Span);
    }

    /// <summary>Verifies the signature and timestamp headers against the raw body; throws <see cref="RoomWebhookException"/> when they do not hold.</summary>
    /// <param name="signature">The <c>X-Webhook-Signature</c> header (base-64).</param>
    /// <param name="timestamp">The <c>X-Webhook-Timestamp</c> header (unix seconds; milliseconds are recognised too).</param>
    /// <param name="body">The raw request body.</param>
    public void Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        var (secret, tolerance) = _settings();
        var key = Key(secret);
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            throw new RoomWebhookException(Provider, $"the {SignatureHeader} or {TimestampHeader} header is missing.");
        }

        timestamp = timestamp.Trim();
        if (timestamp.Length > 16 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new RoomWebhookException(Provider, $"the {TimestampHeader} header is not a unix time.");
        }

        // Daily does not document the unit; third-party verifiers read seconds. A 13-digit value can only be milliseconds.
        var signedAt = value >= 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Min(value, 253402300799999)) : DateTimeOffset.FromUnixTimeSeconds(value);
        var age = _time.GetUtcNow() - signedAt;
        if (age.Duration() > tolerance)
        {
            throw new RoomWebhookException(Provider, $"the timestamp is {age.TotalSeconds:F0} s from now, outside the {tolerance.TotalSeconds:F0} s tolerance (a replay or a skewed clock).");
        }

        Span<byte> received = stackalloc byte[32];
        if (!Convert.TryFromBase64String(signature.Trim(), received, out var length) || length != 32)
        {
            throw new RoomWebhookException(Provider, $"the {SignatureHeader} header is not a base-64 HMAC-SHA256.");
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        Span<byte> expected = stackalloc byte[32];
        hmac.GetHashAndReset(expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, received))
        {
            throw new RoomWebhookException(Provider, "the signature does not match the body (wrong secret or altered body).");
        }
    }

    /// <summary>Parses a webhook body without verifying it. Use <see cref="Parse"/> for requests from the network.</summary>
    /// <param name="body">The raw body: <c>{"version", "type", "id", "payload", "event_ts"}</c>.</param>
    /// <returns>The event; unknown types map to <see cref="RoomEventType.Other"/>.</returns>
    /// <exception cref="RoomWebhookException">The body is not a JSON object with a <c>type</c>.</exception>
    public static RoomEvent ParseEvent(ReadOnlySpan<byte> body)
    {
        var root = WebhookJson.ParseObject(RoomProviders.Daily, body, "webhook");
        if (WebhookJson.Text(root, "type") is not { Length: > 0 } type)
        {
            throw WebhookJson.Malformed(RoomProviders.Daily, "the body has no event type.");
        }

        var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var participant = type.StartsWith("participant.", StringComparison.Ordinal) || type.StartsWith("waiting-participant.", StringComparison.Ordinal);
        var transcript = type.StartsWith("transcript.", StringComparison.Ordinal);
        var room = WebhookJson.Text(payload, "room") ?? WebhookJson.Text(payload, "room_name");
        return new RoomEvent
        {
            Id = WebhookJson.Text(root, "id"),
            Provider = RoomProviders.Daily,
            Type = MapType(type),
            ProviderEventType = type,
            OccurredAt = Time(payload, type == "meeting.ended" ? "end_ts" : participant ? "joined_at" : "start_ts")
                ?? Time(payload, "timestamp") ?? Time(root, "event_ts"),
            RoomId = room, // Room.Id of a Daily room is its name
            RoomName = room,
            SessionId = WebhookJson.Text(payload, "meeting_id") ?? WebhookJson.Text(payload, "mtg_session_id") ?? WebhookJson.Text(payload, "mtgSessionId"),
            ParticipantId = participant ? WebhookJson.Text(payload, "session_id") : null,
            ExternalParticipantId = participant ? ExternalId(payload) : null,
            ParticipantName = participant ? WebhookJson.Text(payload, "user_name") : null,
            RecordingId = WebhookJson.Text(payload, "recording_id"),
            TranscriptionId = transcript ? WebhookJson.Text(payload, "id") ?? WebhookJson.Text(payload, "transcript_id") : null,
            RawPayload = root,
        };
    }

    /// <summary>The token's <c>user_id</c> (the application's id); Daily gives the session id there when the token set none.</summary>
    private static string? ExternalId(JsonElement payload) =>
        WebhookJson.Text(payload, "user_id") is { Length: > 0 } userId && userId != WebhookJson.Text(payload, "session_id") ? userId : null;

    /// <summary>Decodes a base-64 secret of at least <see cref="MinSecretBytes"/> bytes, or returns <see langword="null"/>.</summary>
    internal static byte[]? DecodeSecret(string secret)
    {
        var trimmed = secret.Trim();
        var buffer = new byte[(trimmed.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(trimmed, buffer, out var length) && length >= MinSecretBytes ? buffer[..length] : null;
    }

    private byte[] Key(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new RoomWebhookException(Provider, "no webhook secret is configured (RoomClients:<name>:WebhookSecret), so no webhook can be verified.");
        }

        var decoded = _decoded;
        if (decoded is null || !string.Equals(decoded.Text, secret, StringComparison.Ordinal))
        {
            decoded = new DecodedSecret(secret, DecodeSecret(secret) ?? throw new RoomWebhookException(Provider, $"the configured webhook secret is not base-64 of at least {MinSecretBytes} bytes."));
            _decoded = decoded; // one reference swap: readers see a whole pair
        }

        return decoded.Key;
    }

    private static bool IsVerificationBody(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body.Length > MaxVerificationBodyBytes)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("test", out _)
                && !root.TryGetProperty("type", out _) && !root.TryGetProperty("payload", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static RoomEventType MapType(string type) => type switch
    {
        "meeting.started" => RoomEventType.SessionStarted,
        "meeting.ended" => RoomEventType.SessionEnded,
        "participant.joined" => RoomEventType.ParticipantJoined,
        "participant.left" => RoomEventType.ParticipantLeft,
        "waiting-participant.joined" => RoomEventType.ParticipantKnocked,
        "waiting-participant.left" => RoomEventType.ParticipantKnockCancelled,
        "recording.started" => RoomEventType.RecordingStarted,
        "recording.ready-to-download" => RoomEventType.RecordingReady,
        "transcript.started" => RoomEventType.TranscriptionStarted,
        "transcript.ready-to-download" => RoomEventType.TranscriptionReady,
        "transcript.error" => RoomEventType.TranscriptionFailed,
        _ => RoomEventType.Other, // recording.error, streaming.*, dialout.*, dialin.*, batch-processor.* keep their name in ProviderEventType
    };

    private static DateTimeOffset? Time(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number
            || !value.TryGetDouble(out var seconds) || seconds is < 0 or > 253402300799)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
    }

    /// <inheritdoc />
    public override string ToString() => $"Daily webhook parser (tolerance {_settings().Tolerance})";

    private sealed class DecodedSecret(string text, byte[] key)
    {
        public string Text { get; } = text;

        public byte[] Key { get; } = key;

        public override string ToString() => "Daily webhook secret (redacted)";
    }
}
