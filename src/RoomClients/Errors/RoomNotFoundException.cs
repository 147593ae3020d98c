namespace RoomClients;

/// <summary>The room or resource does not exist at the provider (HTTP 404).</summary>
public sealed class RoomNotFoundException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the provider's details.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="details">The provider, status, error code and message.</param>
    /// <param name="innerException">The cause.</param>
    public RoomNotFoundException(string message, RoomErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
