namespace RoomClients;

/// <summary>The provider could not be reached or failed (HTTP 5xx, a timeout, a refused connection, or an open circuit breaker). Safe to retry later or fail over.</summary>
public sealed class RoomProviderUnavailableException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomProviderUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the provider's details.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="details">The provider, status, error code and message.</param>
    /// <param name="innerException">The cause.</param>
    public RoomProviderUnavailableException(string message, RoomErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }

    /// <summary>
    /// Gets whether the provider certainly did not act on the request, so sending it elsewhere cannot duplicate anything:
    /// no connection could be made (refused, name not resolved), the circuit breaker was open, or the provider answered
    /// HTTP 503 with <c>Retry-After</c> (the same rule that allows retrying a create). <see langword="false"/> after a
    /// timeout, a dropped connection or another 5xx, when the provider may have created the room.
    /// A failover (<c>AddFailover</c>) moves a create to the next provider only when this is <see langword="true"/>.
    /// </summary>
    /// <remarks>
    /// It describes the last attempt. For a create (POST) that holds for the whole call, since the pipeline retries a POST
    /// only after attempts the provider did not act on either. It errs on the safe side: a total timeout that fires while
    /// waiting between refused attempts reports <see langword="false"/>.
    /// </remarks>
    public bool RequestNotProcessed { get; init; }
}
