using RoomClients.Vonage.Models;

namespace RoomClients.Vonage;

/// <summary>Vonage-only room settings; add to <see cref="CreateRoomRequest.ProviderOptions"/> or <see cref="UpdateRoomRequest.ProviderOptions"/>.</summary>
public sealed class VonageRoomOptions : ProviderRoomOptions
{
    /// <inheritdoc />
    public override string Provider => RoomProviders.Vonage;

    /// <summary>Gets or sets free-text metadata (at most 500 characters; create only). Vonage passes it along with the room's events.</summary>
    public string? Metadata { get; set; }

    /// <summary>Gets or sets the theme id (<c>theme_id</c>); same as <see cref="CreateRoomRequest.TemplateId"/>.</summary>
    public string? ThemeId { get; set; }

    /// <summary>Gets or sets whether a long-term room closes after its first session (<c>expire_after_use</c>).</summary>
    public bool? ExpireAfterUse { get; set; }

    /// <summary>Gets or sets whether only the owner's video and the screen share are recorded (create only).</summary>
    public bool? RecordOnlyOwner { get; set; }

    /// <summary>Gets or sets the join approval level: <c>none</c>, <c>after_owner_only</c> or <c>explicit_approval</c>; cannot be combined with <see cref="CreateRoomRequest.Locked"/>.</summary>
    public VonageJoinApprovalLevel? JoinApprovalLevel { get; set; }

    /// <summary>Gets or sets the pre-join microphone default.</summary>
    public InitialJoinOptions? InitialJoinOptions { get; set; }

    /// <summary>Gets or sets per-room callback URLs.</summary>
    public CallbackUrls? CallbackUrls { get; set; }

    /// <summary>Gets or sets the room's features.</summary>
    public AvailableFeatures? AvailableFeatures { get; set; }

    /// <summary>Gets or sets the UI settings (create only: the v1 update body has no <c>ui_settings</c>).</summary>
    public UiSettings? UiSettings { get; set; }
}
