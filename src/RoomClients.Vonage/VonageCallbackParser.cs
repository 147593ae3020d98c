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
/// constructor): <see cref="Parse"/> then requires <see cref="RoomWebhookRequest.RequestUri"/> to carry it exactly once,
/// compared in constant time. The value is read from the raw query: percent-escapes are decoded, but <c>+</c> stays a
/// plus (a secret has no spaces), so a secret put into the URL as is or escaped with <c>Uri.EscapeDataString</c> both
/// match. A parser without a secret exists only when asked for by name (<see cref="AcceptingUnauthenticatedCallbacks"/>,
/// <see cref="VonageOptions.AllowUnauthenticatedCallbacks"/>). Answer accepted callbacks with 204.
/// </remarks>
public sealed class VonageCallbackParser : IRoomWebhookParser
{
    /// <summary>The query-string parameter that carries the callback secret.</summary>
    public const string SecretParameter = "secret";

    private readonly Func<string?> _secret;
    private readonly Func<bool> _allowUnauthenticated;

    /// <summary>Initializes a parser that requires <c>?secret=<paramref name="callbackSecret"/></c> in every callback URL.</summary>
    /// <param name="callbackSecret">The secret in the callback URLs you registered with Vonage.</param>
    public VonageCallbackParser(string callbackSecret)
        : this(Required(callbackSecret), static () => false)
    {
    }

    internal VonageCallbackParser(Func<string?> callbackSecret, Func<bool> allowUnauthenticated)
    {
        _secret = callbackSecret;
        _allowUnauthenticated = allowUnauthenticated;
    }

    /// <inheritdoc />
    public string Provider => RoomProviders.Vonage;

    /// <summary>
    /// Creates a parser that accepts every callback without checking who sent it: anyone who can reach your endpoint can
    /// forge room, session and recording events. Use it only when the callbacks are authenticated some other way (a
    /// private network, a gateway that checks them).
    /// </summary>
    /// <returns>A parser that authenticates nothing.</returns>
    public static VonageCallbackParser AcceptingUnauthenticatedCallbacks() => new(static () => null, static () => true);

    /// <inheritdoc />
    /// <exception cref="RoomWebhookException">The URL lacks the secret or carries another one (or no secret is configured and unauthenticated callbacks were not allowed); or the body is not a callback.</exception>
    public RoomEvent Parse(RoomWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_secret() is { Length: > 0 } expected)
        {
            if (request.RequestUri is null)
            {
                throw new RoomWebhookException(RoomProviders.Vonage, "a callback secret is configured but the request has no RequestUri to read it from.");
            }

            if (!UrlCarriesSecret(request.RequestUri, expected))
            {
                throw new RoomWebhookException(RoomProviders.Vonage, $"the callback URL does not carry the configured secret (query parameter '{SecretParameter}', exactly once).");
            }
        }
        else if (!_allowUnauthenticated())
        {
            // Fail closed: a secret removed by a configuration reload does not open the endpoint.
            throw new RoomWebhookException(RoomProviders.Vonage, "no callback secret is configured; callbacks are refused unless AllowUnauthenticatedCallbacks is set.");
        }

        return ParseEvent(request.Body.Span);
    }

    /// <summary>Compares a secret taken from the callback URL with the expected one, in constant time (also hiding the length).</summary>
    /// <param name="received">The secret the request carried (may be null).</param>
    /// <param name="expected">The secret you put in the registered callback URLs.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool SecretMatches(string? received, string expected)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        if (received is null)
        {
            return false;
        }

        Span<byte> left = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> right = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(received), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), right);
        return CryptographicOperations.FixedTimeEquals(left, right);
    }

    /// <summary>Whether the URL's query carries <paramref name="expected"/> as its only <c>secret</c> parameter, raw or percent-decoded (never <c>+</c> as space).</summary>
    internal static bool UrlCarriesSecret(Uri url, string expected)
    {
        if (!url.IsAbsoluteUri)
        {
            return false;
        }

        string? raw = null;
        var found = 0;
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (key == SecretParameter)
            {
                found++;
                raw = equals < 0 ? string.Empty : pair[(equals + 1)..];
            }
        }

        if (found != 1 || raw is null)
        {
            return false; // missing, or twice (which one would be meant?)
        }

        // Both comparisons always run: the time taken does not tell which form matched.
        var asIs = SecretMatches(raw, expected);
        var decoded = SecretMatches(Uri.UnescapeDataString(raw), expected);
        return asIs | decoded;
    }

    /// <summary>Parses a callback body.</summary>
    /// <param name="body">The raw JSON body.</param>
    /// <returns>The event; unknown event names map to <see cref="RoomEventType.Other"/>.</returns>
    public static RoomEvent ParseEvent(ReadOnlySpan<byte> body)
    {
        var root = WebhookJson.ParseObject(RoomProviders.Vonage, body, "callback");
        if (Text(root, "event") is not { } name)
        {
            throw WebhookJson.Malformed(RoomProviders.Vonage, "the callback body has no 'event' field.");
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
        $"Vonage Meetings callback parser ({(!string.IsNullOrEmpty(_secret()) ? "callback secret required" : _allowUnauthenticated() ? "no callback secret: callbacks are not authenticated" : "no callback secret: every callback is refused")})";

    private static Func<string?> Required(string callbackSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callbackSecret);
        return () => callbackSecret;
    }
}
