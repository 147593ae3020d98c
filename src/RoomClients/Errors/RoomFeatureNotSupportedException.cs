namespace RoomClients;

/// <summary>The provider cannot do what was asked (an operation or a setting); see <see cref="IRoomService.Capabilities"/>. Nothing was sent, unless the provider itself answered that it lacks the operation.</summary>
public sealed class RoomFeatureNotSupportedException : RoomServiceException
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomFeatureNotSupportedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance for <paramref name="feature"/> on <paramref name="provider"/>.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="feature">The operation or setting, such as <c>UpdateRoom</c> or <c>CreateRoomRequest.Metadata</c>.</param>
    /// <param name="reason">Why, and what to do instead.</param>
    /// <param name="details">The provider's answer, when the provider itself said it lacks the operation.</param>
    public RoomFeatureNotSupportedException(string provider, string feature, string reason, RoomErrorDetails? details = null)
        : base($"{provider} does not support {feature}: {reason}", details ?? new RoomErrorDetails(provider))
    {
        Feature = feature;
    }

    /// <summary>Gets the operation or setting that is not supported.</summary>
    public string? Feature { get; }
}
