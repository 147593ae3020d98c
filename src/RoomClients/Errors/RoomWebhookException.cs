namespace RoomClients;

/// <summary>A webhook request failed verification (missing or malformed signature, wrong signature, timestamp outside the tolerance) or its body could not be read. Answer it with 401, or 400 when <see cref="Rejection"/> says the request was authentic but its body is not an event, and do not act on it.</summary>
public sealed class RoomWebhookException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomWebhookException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance for <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider that sent the webhook.</param>
    /// <param name="message">What is wrong with it.</param>
    /// <param name="innerException">The cause.</param>
    public RoomWebhookException(string provider, string message, Exception? innerException = null)
        : base($"{provider} webhook rejected: {message}", new RoomErrorDetails(provider), innerException)
    {
    }

    /// <summary>Gets why the webhook was rejected: not authenticated (the default; answer 401) or authenticated with a body that is not an event (answer 400).</summary>
    public Webhooks.RoomWebhookRejection Rejection { get; init; }
}
