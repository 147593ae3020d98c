namespace RoomClients.Webhooks;

/// <summary>Verifies and parses one provider's webhooks or callbacks into <see cref="RoomEvent"/>.</summary>
public interface IRoomWebhookParser
{
    /// <summary>Gets the provider name.</summary>
    string Provider { get; }

    /// <summary>
    /// Gets how long the provider may deliver one event again (its retries, its duplicates) or a replay of a delivery
    /// still passes verification: a webhook endpoint that drops duplicates remembers each event for this long.
    /// The default is one hour; a parser whose provider redelivers for longer says so.
    /// </summary>
    TimeSpan DeduplicationWindow => TimeSpan.FromHours(1);

    /// <summary>Verifies the request (where the provider signs it) and parses it.</summary>
    /// <param name="request">The raw request.</param>
    /// <returns>The event.</returns>
    /// <exception cref="RoomWebhookException">The signature or the body is invalid.</exception>
    RoomEvent Parse(RoomWebhookRequest request);

    /// <summary>
    /// Answers a provider's handshake: a request that checks the endpoint instead of reporting an event (Zoom's URL
    /// validation, Daily's verification request). Returns the answer to send, or <see langword="null"/> when
    /// <paramref name="request"/> is not a handshake (then call <see cref="Parse"/>). The default: no handshake.
    /// </summary>
    /// <param name="request">The raw request.</param>
    /// <returns>The answer, or <see langword="null"/>.</returns>
    /// <exception cref="RoomWebhookException">The request claims to be a handshake but fails verification or is malformed.</exception>
    RoomWebhookResponse? AnswerHandshake(RoomWebhookRequest request) => null;
}
