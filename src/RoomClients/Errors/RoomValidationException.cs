namespace RoomClients;

/// <summary>
/// A request is invalid: either the SDK found it so before sending anything (then <see cref="RoomServiceException.StatusCode"/>
/// is <see langword="null"/> and <see cref="Field"/> names the culprit), or the provider rejected it (HTTP 400 or 422).
/// </summary>
public sealed class RoomValidationException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance for a client-side check that failed on <paramref name="field"/>.</summary>
    /// <param name="provider">The provider the request was for.</param>
    /// <param name="field">The invalid field or argument, such as <c>EndsAt</c>.</param>
    /// <param name="message">Why it is invalid.</param>
    public RoomValidationException(string provider, string field, string message)
        : base($"{provider}: {field}: {message}", new RoomErrorDetails(provider))
    {
        Field = field;
    }

    /// <summary>Initializes a new instance from the provider's rejection.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="details">The provider, status, error code and message.</param>
    /// <param name="innerException">The cause.</param>
    public RoomValidationException(string message, RoomErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }

    /// <summary>Gets the invalid field or argument, when the SDK's own check failed.</summary>
    public string? Field { get; }
}
