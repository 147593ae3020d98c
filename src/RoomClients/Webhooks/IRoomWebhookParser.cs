namespace RoomClients.Webhooks;

/// <summary>Verifies and parses one provider's webhooks or callbacks into <see cref="RoomEvent"/>.</summary>
public interface IRoomWebhookParser
{
    /// <summary>Gets the provider name.</summary>
    string Provider { get; }

    /// <summary>Verifies the request (where the provider signs it) and parses it.</summary>
    /// <param name="request">The raw request.</param>
    /// <returns>The event.</returns>
    /// <exception cref="RoomWebhookException">The signature or the body is invalid.</exception>
    RoomEvent Parse(RoomWebhookRequest request);
}
