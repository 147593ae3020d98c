namespace RoomClients;

/// <summary>A time-limited link that downloads a recording.</summary>
public sealed class RoomRecordingLink
{
    /// <summary>Gets the download URL. Treat it as a secret until it expires.</summary>
    public required Uri Url { get; init; }

    /// <summary>Gets when the link stops working, when the provider says.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
