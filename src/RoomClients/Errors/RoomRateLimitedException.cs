namespace RoomClients;

/// <summary>The provider throttled the call (HTTP 429) and the SDK's retries did not get through.</summary>
public sealed class RoomRateLimitedException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the provider's details and its wait hint.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="details">The provider, status, error code and message.</param>
    /// <param name="retryAfter">How long the provider asked to wait, if it said.</param>
    /// <param name="innerException">The cause.</param>
    public RoomRateLimitedException(string message, RoomErrorDetails details, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Gets how long the provider asked callers to wait (from <c>Retry-After</c> or the provider's body), if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
