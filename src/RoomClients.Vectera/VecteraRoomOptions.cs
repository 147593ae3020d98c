namespace RoomClients.Vectera;

/// <summary>Vectera-only room settings; add to <see cref="CreateRoomRequest.ProviderOptions"/> or <see cref="UpdateRoomRequest.ProviderOptions"/>.</summary>
public sealed class VecteraRoomOptions : ProviderRoomOptions
{
    /// <inheritdoc />
    public override string Provider => RoomProviders.Vectera;

    /// <summary>Gets or sets the room name, also used in the room link (such as <c>meeting-room-1</c>); random when unset.</summary>
    public string? Key { get; set; }

    /// <summary>Gets or sets a preferred room name Vectera may adjust when taken (create only; not with <see cref="Key"/>).</summary>
    public string? PreferredKey { get; set; }

    /// <summary>Gets or sets the owner (host) user id; the token's user when unset.</summary>
    public string? OwnerId { get; set; }

    /// <summary>Gets or sets the team members' access level (<c>teamAccessLevel</c>).</summary>
    public VecteraAccessLevel? TeamAccessLevel { get; set; }
}
