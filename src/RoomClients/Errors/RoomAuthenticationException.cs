namespace RoomClients;

/// <summary>The provider rejected the credentials or denied access (HTTP 401 or 403). Check the configured key; its value is never included.</summary>
public sealed class RoomAuthenticationException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the provider's details.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="details">The provider, status, error code and message.</param>
    /// <param name="innerException">The cause.</param>
    public RoomAuthenticationException(string message, RoomErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
