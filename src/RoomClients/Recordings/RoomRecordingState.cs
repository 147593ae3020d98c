namespace RoomClients;

/// <summary>Where a recording stands.</summary>
public enum RoomRecordingState
{
    /// <summary>The provider gave a state this SDK does not know; see <see cref="RoomRecording.ProviderState"/>.</summary>
    Unknown = 0,

    /// <summary>Being recorded now.</summary>
    Recording = 1,

    /// <summary>Recorded, being processed or uploaded; not downloadable yet.</summary>
    Processing = 2,

    /// <summary>Ready to download.</summary>
    Ready = 3,

    /// <summary>Failed; there is nothing to download.</summary>
    Failed = 4,
}
