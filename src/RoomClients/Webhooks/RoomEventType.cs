namespace RoomClients.Webhooks;

/// <summary>What happened, in neutral terms. The provider's own name is in <see cref="RoomEvent.ProviderEventType"/>.</summary>
public enum RoomEventType
{
    /// <summary>A provider event with no neutral meaning; read <see cref="RoomEvent.ProviderEventType"/>.</summary>
    Other = 0,

    /// <summary>The room expired or was deactivated.</summary>
    RoomExpired,

    /// <summary>A session (a meeting in the room) started.</summary>
    SessionStarted,

    /// <summary>A session ended.</summary>
    SessionEnded,

    /// <summary>A participant joined.</summary>
    ParticipantJoined,

    /// <summary>A participant left.</summary>
    ParticipantLeft,

    /// <summary>A visitor knocked in the waiting room.</summary>
    ParticipantKnocked,

    /// <summary>A visitor stopped knocking.</summary>
    ParticipantKnockCancelled,

    /// <summary>A recording started.</summary>
    RecordingStarted,

    /// <summary>A recording stopped.</summary>
    RecordingEnded,

    /// <summary>A recording file is ready to fetch.</summary>
    RecordingReady,

    /// <summary>A transcription started.</summary>
    TranscriptionStarted,

    /// <summary>A transcription is ready.</summary>
    TranscriptionReady,

    /// <summary>A transcription failed.</summary>
    TranscriptionFailed,
}
