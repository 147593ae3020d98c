using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoomClients.Webhooks;

namespace RoomClients.Vonage;

/// <summary>
/// Parses every documented Meetings callback (<c>room:expired</c>, <c>session:started</c>, <c>session:ended</c>,
/// <c>session:participant:joined</c>, <c>session:participant:left</c>, <c>recording:started</c>, <c>recording:ended</c>,
/// <c>recording:uploaded</c>) into <see cref="RoomEvent"/>, keeping the raw payload.
/// </summary>
/// <remarks>
/// Vonage signs no Meetings callback. To reject strangers, register your callback URLs with a random secret
/// (<c>…/webhooks/vonage?secret=…</c>) and set it as <see cref="VonageOptions.CallbackSecret"/> (or pass it to the
/// constructor): <see cref="Parse"/> then requires <see cref="RoomWebhookRequest.RequestUri"/> to carry it, compared in
/// constant time. Answer accepted callbacks with 204.
/// </remarks>
public sealed class VonageCallbackParser : IRoomWebhookParser
{
    /// <summary>The query-string parameter that carries the callback secret.</summary>
    public const string SecretParameter = "secret";

    private readonly Func<string?> _secret;

    /// <summary>Initializes a parser that accepts callbacks without a secret (authenticate them some other way).</summary>
    public VonageCallbackParser()
        : this(static () => null)
    {
    }

    /// <summary>Initializes a parser that requires <c>?secret=<paramref name="callbackSecret"/></c> in every callback URL.</summary>
    /// <param name="callbackSecret">The secret in the callback URLs you registered with Vonage.</param>
    public VonageCallbackParser(string callbackSecret)
        : this(Required(callbackSecret))
    {
    }

    internal VonageCallbackParser(Func<string?> callbackSecret) => _secret = callbackSecret;

    /// <inheritdoc />
    public string Provider => RoomProviders.Vonage;

    /// <inheritdoc />
    /// <exception cref="RoomWebhookException">A secret is required and the URL lacks it or carries another one; or the body is not a callback.</exception>
    public RoomEvent Parse(RoomWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_secret() is { Length: > 0 } expected)
        {
            if (request.RequestUri is null)
            {
                throw new RoomWebhookException(RoomProviders.Vonage, "a callback secret is configured but the request has no RequestUri to read it from.");
            }

            if (!SecretMatches(request.GetQueryParameter(SecretParameter), expected))
            {
                throw new RoomWebhookException(RoomProviders.Vonage, $"the callback URL does not carry the configured secret (query parameter '{SecretParameter}').");
            }
        }

        return ParseEvent(request.Body.Span);
    }

    /// <summary>Compares a secret taken from the callback URL with the expected one, in constant time.</summary>
    /// <param name="received">The secret the request carried (may be null).</param>
    /// <param name="expected">The secret you put in the registered callback URLs.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool SecretMatches(string? received, string expected)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        return received is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));
    }

    /// <summary>Parses a callback body.</summary>
    /// <param name="body">The raw JSON body.</param>
    /// <returns>The event; unknown event names map to <see cref="RoomEventType.Other"/>.</returns>
    public static RoomEvent ParseEvent(ReadOnlySpan<byte> body)
    {
        var root = WebhookJson.ParseObject(RoomProviders.Vonage, body, "callback");
        if (Text(root, "event") is not { } name)
        {
            throw new RoomWebhookException(RoomProviders.Vonage, "the callback body has no 'event' field.");
        }

        return new RoomEvent
        {
            Provider = RoomProviders.Vonage,
            Type = MapType(name),
            ProviderEventType = name,
            OccurredAt = Time(root, name switch
            {
                "room:expired" => "expires_at",
                "session:started" or "recording:started" => "started_at",
                _ => "ended_at",
            }),
            RoomId = Text(root, "room_id"),
            SessionId = Text(root, "session_id"),
            ParticipantId = Text(root, "participant_id"),
            ParticipantName = Text(root, "name"),
            RecordingId = Text(root, "recording_id"),
            RawPayload = root,
        };
    }

    private static RoomEventType MapType(string name) => name switch
    {
        "room:expired" => RoomEventType.RoomExpired,
        "session:started" => RoomEventType.SessionStarted,
        "session:ended" => RoomEventType.SessionEnded,
        "session:participant:joined" => RoomEventType.ParticipantJoined,
        "session:participant:left" => RoomEventType.ParticipantLeft,
        "recording:started" => RoomEventType.RecordingStarted,
        "recording:ended" => RoomEventType.RecordingEnded,
        "recording:uploaded" => RoomEventType.RecordingReady,
        _ => RoomEventType.Other,
    };

    private static DateTimeOffset? Time(JsonElement root, string name) =>
        Text(root, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static string? Text(JsonElement element, string name) => WebhookJson.Text(element, name);

    /// <inheritdoc />
    public override string ToString() =>
        $"Vonage Meetings callback parser ({(string.IsNullOrEmpty(_secret()) ? "no callback secret: callbacks are not authenticated" : "callback secret required")})";

    private static Func<string?> Required(string callbackSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callbackSecret);
        return () => callbackSecret;
    }
}
