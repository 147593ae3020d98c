using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoomClients.Webhooks;

namespace RoomClients.Zoom;

/// <summary>
/// Verifies Zoom webhooks (<c>x-zm-signature: v0=&lt;hex HMAC-SHA256&gt;</c> over <c>"v0:" + x-zm-request-timestamp + ":" +
/// raw body</c>, keyed by the app's secret token, compared in constant time, the timestamp within a tolerance against
/// replays), parses meeting, participant and recording events into <see cref="RoomEvent"/>, and answers Zoom's
/// <c>endpoint.url_validation</c> challenge (<see cref="AnswerUrlValidation"/>).
/// </summary>
public sealed class ZoomWebhookParser : IRoomWebhookParser
{
    /// <summary>The signature header's name.</summary>
    public const string SignatureHeader = "x-zm-signature";

    /// <summary>The timestamp header's name (Unix seconds).</summary>
    public const string TimestampHeader = "x-zm-request-timestamp";

    /// <summary>The event Zoom sends to validate an endpoint URL (on "Validate" and every 72 hours).</summary>
    public const string UrlValidationEvent = "endpoint.url_validation";

    private const int MaxPlainTokenLength = 512;
    private readonly byte[] _secret;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="secretToken">The app's webhook secret token (Feature page, Event Subscriptions).</param>
    /// <param name="tolerance">How far the signed timestamp may lie from now (default 5 minutes).</param>
    /// <param name="timeProvider">The clock (default: system).</param>
    /// <exception cref="ArgumentException"><paramref name="secretToken"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not positive.</exception>
    public ZoomWebhookParser(string secretToken, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretToken);
        _secret = Encoding.UTF8.GetBytes(secretToken);
        _tolerance = tolerance ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_tolerance, TimeSpan.Zero, nameof(tolerance));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Provider => RoomProviders.Zoom;

    /// <summary>Gets how long a webhook endpoint remembers an event against duplicates: the signature tolerance, and at least two hours (Zoom retries an unanswered event 5, 20 and 60 minutes later).</summary>
    public TimeSpan DeduplicationWindow => _tolerance > TimeSpan.FromHours(2) ? _tolerance : TimeSpan.FromHours(2);

    /// <summary>Answers a verified <c>endpoint.url_validation</c> with 200 and the JSON of <see cref="AnswerUrlValidation"/>; <see langword="null"/> for any other verified event.</summary>
    /// <param name="request">The raw request.</param>
    /// <returns>The answer, or <see langword="null"/>.</returns>
    /// <exception cref="RoomWebhookException">The signature or the body is invalid.</exception>
    public RoomWebhookResponse? AnswerHandshake(RoomWebhookRequest request) =>
        AnswerUrlValidation(request) is { } json ? new RoomWebhookResponse(200, json, "application/json") : null;

    /// <inheritdoc />
    public RoomEvent Parse(RoomWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verify(request.GetHeader(SignatureHeader), request.GetHeader(TimestampHeader), request.Body.Span);
        return ParseEvent(request.Body.Span);
    }

    /// <summary>
    /// Answers Zoom's URL validation: when <paramref name="request"/> is a verified <c>endpoint.url_validation</c> event,
    /// returns the JSON to send back with HTTP 200 within 3 seconds (<c>{"plainToken": …, "encryptedToken": hex HMAC-SHA256
    /// of plainToken}</c>); for any other verified event returns <see langword="null"/> (parse it with <see cref="Parse"/>).
    /// </summary>
    /// <param name="request">The raw request.</param>
    /// <returns>The response body, or <see langword="null"/>.</returns>
    /// <exception cref="RoomWebhookException">The signature or the body is invalid.</exception>
    public string? AnswerUrlValidation(RoomWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verify(request.GetHeader(SignatureHeader), request.GetHeader(TimestampHeader), request.Body.Span);
        var root = WebhookJson.ParseObject(Provider, request.Body.Span, "webhook");
        if (WebhookJson.Text(root, "event") != UrlValidationEvent)
        {
            return null;
        }

        var plainToken = root.TryGetProperty("payload", out var payload) ? WebhookJson.Text(payload, "plainToken") : null;
        if (string.IsNullOrEmpty(plainToken) || plainToken.Length > MaxPlainTokenLength || plainToken.Any(char.IsControl))
        {
            throw WebhookJson.Malformed(Provider, $"the {UrlValidationEvent} event has no usable payload.plainToken.");
        }

        var hash = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(plainToken));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("plainToken", plainToken);
            writer.WriteString("encryptedToken", Convert.ToHexStringLower(hash));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Verifies the signature headers against the raw body; throws <see cref="RoomWebhookException"/> when they do not hold.</summary>
    /// <param name="signatureHeader">The <c>x-zm-signature</c> header's value.</param>
    /// <param name="timestampHeader">The <c>x-zm-request-timestamp</c> header's value.</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <exception cref="RoomWebhookException">A header is missing or malformed, the timestamp is outside the tolerance, or the signature does not match.</exception>
    public void Verify(string? signatureHeader, string? timestampHeader, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw new RoomWebhookException(Provider, $"the {SignatureHeader} header is missing.");
        }

        if (string.IsNullOrWhiteSpace(timestampHeader))
        {
            throw new RoomWebhookException(Provider, $"the {TimestampHeader} header is missing.");
        }

        var timestamp = timestampHeader.Trim();
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new RoomWebhookException(Provider, $"the {TimestampHeader} header is not Unix seconds.");
        }

        var signature = signatureHeader.Trim();
        byte[] given;
        if (!signature.StartsWith("v0=", StringComparison.Ordinal) || signature.Length != 3 + 64)
        {
            throw new RoomWebhookException(Provider, $"the {SignatureHeader} header is malformed; expected v0=<64 hex characters>.");
        }

        try
        {
            given = Convert.FromHexString(signature.AsSpan(3));
        }
        catch (FormatException)
        {
            throw new RoomWebhookException(Provider, $"the {SignatureHeader} header is malformed; expected v0=<64 hex characters>.");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        var age = _time.GetUtcNow() - signedAt;
        if (age.Duration() > _tolerance)
        {
            throw new RoomWebhookException(Provider, $"the request timestamp is {age.TotalSeconds:F0} s from now, outside the {_tolerance.TotalSeconds:F0} s tolerance (a replay or a skewed clock).");
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
        hmac.AppendData(Encoding.ASCII.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(body);
        Span<byte> expected = stackalloc byte[32];
        hmac.GetHashAndReset(expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            throw new RoomWebhookException(Provider, "the signature does not match the body (wrong secret token or altered body).");
        }
    }

    /// <summary>Parses a webhook body without verifying it. Use <see cref="Parse"/> for requests from the network.</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="RoomWebhookException">The body is not a Zoom event.</exception>
    public static RoomEvent ParseEvent(ReadOnlySpan<byte> body)
    {
        const string P = RoomProviders.Zoom;
        var root = WebhookJson.ParseObject(P, body, "webhook");
        if (WebhookJson.Text(root, "event") is not { Length: > 0 } name)
        {
            throw WebhookJson.Malformed(P, "the body has no event name.");
        }

        var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var item = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.Object ? o : default;
        var participant = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("participant", out var pa) && pa.ValueKind == JsonValueKind.Object ? pa : default;
        var type = MapType(name);
        var isRecording = name.StartsWith("recording.", StringComparison.Ordinal);
        return new RoomEvent
        {
            Id = null, // Zoom gives no event id: deduplicate on (event, event_ts, object.uuid)
            Provider = P,
            Type = type,
            ProviderEventType = name,
            OccurredAt = WebhookJson.Text(root, "event_ts") is { } ts && long.TryParse(ts, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, 0, 253402300799999))
                : null,
            RoomId = MeetingId(WebhookJson.Text(item, "id")),
            RoomName = WebhookJson.Text(item, "topic"),
            SessionId = WebhookJson.Text(item, "uuid"),
            ParticipantId = participant.ValueKind == JsonValueKind.Object
                ? WebhookJson.Text(participant, "participant_uuid") ?? WebhookJson.Text(participant, "user_id") ?? WebhookJson.Text(participant, "id")
                : null,
            ParticipantName = participant.ValueKind == JsonValueKind.Object ? WebhookJson.Text(participant, "user_name") : null,
            ExternalParticipantId = participant.ValueKind == JsonValueKind.Object && WebhookJson.Text(participant, "customer_key") is { Length: > 0 } key ? key : null, // set by Meeting SDK joins
            RecordingId = isRecording ? WebhookJson.Text(item, "uuid") : null,
            TranscriptionId = name == "recording.transcript_completed" ? WebhookJson.Text(item, "uuid") : null,
            RawPayload = root,
        };
    }

    /// <summary>The meeting id as <see cref="Room.Id"/> gives it: digits (Zoom sends a string in meeting events, a number in recording events).</summary>
    private static string? MeetingId(string? id) =>
        id is not null && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : id;

    private static RoomEventType MapType(string name) => name switch
    {
        "meeting.started" => RoomEventType.SessionStarted,
        "meeting.ended" => RoomEventType.SessionEnded,
        "meeting.deleted" => RoomEventType.RoomExpired,
        "meeting.participant_joined" => RoomEventType.ParticipantJoined,
        "meeting.participant_left" => RoomEventType.ParticipantLeft,
        "meeting.participant_joined_waiting_room" => RoomEventType.ParticipantKnocked,
        "meeting.participant_left_waiting_room" => RoomEventType.ParticipantKnockCancelled,
        "recording.started" or "recording.resumed" => RoomEventType.RecordingStarted,
        "recording.stopped" or "recording.paused" => RoomEventType.RecordingEnded,
        "recording.completed" => RoomEventType.RecordingReady,
        "recording.transcript_completed" => RoomEventType.TranscriptionReady,
        _ => RoomEventType.Other, // meeting.created/updated, participant_admitted, recording.trashed/deleted/recovered, endpoint.url_validation…
    };

    /// <inheritdoc />
    public override string ToString() => $"Zoom webhook parser (tolerance {_tolerance})";
}
