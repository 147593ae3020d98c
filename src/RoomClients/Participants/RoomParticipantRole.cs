namespace RoomClients;

/// <summary>What a participant link lets its holder do in the room.</summary>
public enum RoomParticipantRole
{
    /// <summary>Joins as an ordinary participant (audio, video, chat as the room allows).</summary>
    Guest = 0,

    /// <summary>Joins as host or moderator: can admit, mute and remove others, start recordings, end the meeting, as the provider allows.</summary>
    Host = 1,

    /// <summary>Joins to watch and listen only.</summary>
    Viewer = 2,
}
