namespace RoomClients;

/// <summary>The provider refused the change because of the resource's current state (HTTP 409).</summary>
public sealed class RoomConflictException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the provider's details.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="details">The provider, status, error code and message.</param>
    /// <param name="innerException">The cause.</param>
    public RoomConflictException(string message, RoomErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
