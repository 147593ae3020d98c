namespace RoomClients.EnableX;

/// <summary>The token roles EnableX documents (lower case on the wire).</summary>
public static class EnableXRoles
{
    /// <summary>A moderator: can lock, record, stream, mute and remove others.</summary>
    public const string Moderator = "moderator";

    /// <summary>A participant.</summary>
    public const string Participant = "participant";

    /// <summary>A viewer (receives only).</summary>
    public const string Viewer = "viewer";
}
