namespace RoomClients.Vectera.Models;

/// <summary>The documented values of <c>publicAccessLevel</c> and of a permission's <c>accessLevel</c>.</summary>
public static class VecteraAccessLevels
{
    /// <summary>Anyone with the link may enter without knocking (an open room).</summary>
    public const string CanAlwaysJoin = "can_always_join";

    /// <summary>Guests knock and a host lets them in (the default, "locked").</summary>
    public const string ShouldKnock = "should_knock";

    /// <summary>A permission's host rights (<c>accessLevel</c> of <c>POST /permissions</c> only).</summary>
    public const string IsHost = "is_host";
}
