using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoomClients.Webhooks;

namespace RoomClients.Whereby;

/// <summary>
/// Verifies Whereby webhooks (<c>Whereby-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c> over
/// <c>t + "." + raw body</c>, compared in constant time, with a timestamp tolerance against replays) and parses every
/// documented event type into <see cref="RoomEvent"/>.
/// </summary>
public sealed class WherebyWebhookParser : IRoomWebhookParser
{
    /// <summary>The signature header's name.</summary>
    public const string SignatureHeader = "Whereby-Signature";

    private readonly byte[] _secret;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="signingSecret">The webhook's signing secret from the Whereby dashboard.</param>
    /// <param name="tolerance">How far the signed timestamp may lie from now (default 5 minutes).</param>
    /// <param name="timeProvider">The clock (default: system).</param>
    public WherebyWebhookParser(string signingSecret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        _secret = Encoding.UTF8.GetBytes(signingSecret);
        _tolerance = tolerance ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_tolerance, TimeSpan.Zero, nameof(tolerance));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Provider => RoomProviders.Whereby;

    /// <summary>Gets how long a webhook endpoint remembers an event against duplicates: the signature tolerance, and at least one hour (Whereby duplicates events and retries a 5xx or a timeout twice with a short back-off).</summary>
    public TimeSpan DeduplicationWindow => _tolerance > TimeSpan.FromHours(1) ? _tolerance : TimeSpan.FromHours(1);

    /// <inheritdoc />
    public RoomEvent Parse(RoomWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verify(request.GetHeader(SignatureHeader), request.Body.Span);
        return ParseEvent(request.Body.Span);
    }

    /// <summary>Verifies a signature header against the raw body; throws <see cref="RoomWebhookException"/> when it does not hold.</summary>
    /// <param name="signatureHeader">The <c>Whereby-Signature</c> header's value.</param>
    /// <param name="body">The raw request body.</param>
    public void Verify(string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw new RoomWebhookException(Provider, $"the {SignatureHeader} header is missing.");
        }

        string? timestamp = null;
        List<byte[]> signatures = [];
        foreach (var part in signatureHeader.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var key = part[..eq];
            var value = part[(eq + 1)..];
            if (key == "t")
            {
                timestamp = value;
            }
            else if (key == "v1" && value.Length == 64)
            {
                try
                {
                    signatures.Add(Convert.FromHexString(value));
                }
                catch (FormatException)
                {
                    // not hex: ignored, and fails below if no valid signature remains
                }
            }
        }

        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signatures.Count == 0)
        {
            throw new RoomWebhookException(Provider, $"the {SignatureHeader} header is malformed; expected t=<unix seconds>,v1=<64 hex characters>.");
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        var age = _time.GetUtcNow() - signedAt;
        if (age.Duration() > _tolerance)
        {
            throw new RoomWebhookException(Provider, $"the signature's timestamp is {age.TotalSeconds:F0} s from now, outside the {_tolerance.TotalSeconds:F0} s tolerance (a replay or a skewed clock).");
        }

        var prefix = Encoding.ASCII.GetBytes(timestamp + ".");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        Span<byte> expected = stackalloc byte[32];
        hmac.GetHashAndReset(expected);

        var match = false;
        foreach (var signature in signatures)
        {
            match |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }

        if (!match)
        {
            throw new RoomWebhookException(Provider, "the signature does not match the body (wrong secret or altered body).");
        }
    }

    /// <summary>Parses a webhook body without verifying it. Use <see cref="Parse"/> for requests from the network.</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The event.</returns>
    public static RoomEvent ParseEvent(ReadOnlySpan<byte> body)
    {
        var root = WebhookJson.ParseObject(RoomProviders.Whereby, body, "webhook");
        if (Text(root, "type") is not { } type)
        {
            throw WebhookJson.Malformed(RoomProviders.Whereby, "the body has no event type.");
        }

        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        return new RoomEvent
        {
            Id = Text(root, "id"),
            Provider = RoomProviders.Whereby,
            Type = MapType(type),
            ProviderEventType = type,
            OccurredAt = Text(root, "createdAt") is { } created && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            RoomId = Text(data, "meetingId"),
            RoomName = Text(data, "roomName"),
            SessionId = Text(data, "roomSessionId"),
            ParticipantId = Text(data, "participantId"),
            ExternalParticipantId = Text(data, "externalId"), // copied by Whereby from the link's externalId parameter
            ParticipantName = Text(data, "displayName"),
            RecordingId = Text(data, "recordingId"),
            TranscriptionId = Text(data, "transcriptionId"),
            RawPayload = root,
        };
    }

    private static RoomEventType MapType(string type) => type switch
    {
        "room.client.joined" => RoomEventType.ParticipantJoined,
        "room.client.left" => RoomEventType.ParticipantLeft,
        "room.client.knocked" => RoomEventType.ParticipantKnocked,
        "room.client.knockCancelled" => RoomEventType.ParticipantKnockCancelled,
        "room.session.started" => RoomEventType.SessionStarted,
        "room.session.ended" => RoomEventType.SessionEnded,
        "recording.finished" => RoomEventType.RecordingReady,
        "transcription.started" => RoomEventType.TranscriptionStarted,
        "transcription.finished" => RoomEventType.TranscriptionReady,
        "transcription.failed" => RoomEventType.TranscriptionFailed,
        _ => RoomEventType.Other, // assistant.requested and future types keep their name in ProviderEventType
    };

    private static string? Text(JsonElement element, string name) => WebhookJson.Text(element, name);

    /// <inheritdoc />
    public override string ToString() => $"Whereby webhook parser (tolerance {_tolerance})";
}
