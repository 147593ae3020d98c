using RoomClients.EnableX.Models;

namespace RoomClients.EnableX;

/// <summary>EnableX-only create and update settings; add to <see cref="CreateRoomRequest.ProviderOptions"/> or <see cref="UpdateRoomRequest.ProviderOptions"/>.</summary>
public sealed class EnableXRoomOptions : ProviderRoomOptions
{
    /// <inheritdoc />
    public override string Provider => RoomProviders.EnableX;

    /// <summary>Gets or sets the <c>owner_ref</c>; <see cref="EnableXOptions.DefaultOwnerRef"/> when not set.</summary>
    public string? OwnerRef { get; set; }

    /// <summary>Gets or sets the mode; <c>group</c> when neither this nor <see cref="EnableXRoomSettings.Mode"/> is set.</summary>
    public EnableXRoomMode? Mode { get; set; }

    /// <summary>
    /// Gets or sets any documented room setting (description, moderators, participants, quality, canvas, screen_share, abwd,
    /// max_active_talkers, duration, media_zone, …). <c>scheduled</c>, <c>adhoc</c> and <c>scheduled_time</c> follow
    /// <see cref="CreateRoomRequest.Kind"/> and <see cref="CreateRoomRequest.StartsAt"/>; conflicting values are rejected.
    /// </summary>
    public EnableXRoomSettings? Settings { get; set; }

    /// <summary>Gets or sets SIP dial-in (<c>sip.enabled</c>).</summary>
    public bool? EnableSip { get; set; }
}
