namespace RoomClients.EnableX;

/// <summary>The room mode (<c>settings.mode</c>); cannot be changed after creation.</summary>
public enum EnableXRoomMode
{
    /// <summary><c>group</c>: everyone may publish (the default).</summary>
    Group = 0,

    /// <summary><c>lecture</c>: moderators publish; participants watch unless invited.</summary>
    Lecture = 1,
}
