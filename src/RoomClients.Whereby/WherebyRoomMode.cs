namespace RoomClients.Whereby;

/// <summary>Whereby's room mode, fixed at creation.</summary>
public enum WherebyRoomMode
{
    /// <summary><c>normal</c>: up to 4 participants, peer to peer.</summary>
    Normal = 0,

    /// <summary><c>group</c>: up to 200 participants through an SFU.</summary>
    Group = 1,
}
