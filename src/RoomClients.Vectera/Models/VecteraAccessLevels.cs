namespace RoomClients.Vectera.Models;

/// <summary>The documented values of <c>publicAccessLevel</c>.</summary>
public static class VecteraAccessLevels
{
    /// <summary>Anyone with the link may enter without knocking (an open room).</summary>
    public const string CanAlwaysJoin = "can_always_join";

    /// <summary>Guests knock and a host lets them in (the default, "locked").</summary>
    public const string ShouldKnock = "should_knock";
}
