using RoomClients.Daily.Models;

namespace RoomClients.Daily;

/// <summary>Daily-only create and update settings; add to <see cref="CreateRoomRequest.ProviderOptions"/> or <see cref="UpdateRoomRequest.ProviderOptions"/>.</summary>
/// <remarks>
/// The neutral fields fill the matching Daily properties (<c>EndsAt</c> → <c>exp</c>, <c>StartsAt</c> → <c>nbf</c>,
/// <c>Locked</c> → <c>privacy</c> + <c>enable_knocking</c>, <c>RecordAutomatically</c> → <c>enable_recording</c>);
/// setting both a neutral field and its Daily property to different values is a <see cref="RoomValidationException"/>.
/// </remarks>
public sealed class DailyRoomOptions : ProviderRoomOptions
{
    /// <inheritdoc />
    public override string Provider => RoomProviders.Daily;

    /// <summary>Gets or sets the room name (create only): letters, digits, <c>-</c> and <c>_</c>, at most 128; Daily generates one when unset. It becomes <see cref="Room.Id"/>.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets <c>privacy</c>: <c>public</c> or <c>private</c> (a private room without knocking admits only holders of a meeting token).</summary>
    public string? Privacy { get; set; }

    /// <summary>Gets or sets any of Daily's room properties; the object is copied, never changed.</summary>
    public DailyRoomProperties? Properties { get; set; }

    /// <summary>Gets or sets the <c>user_name</c> in the host link's owner token.</summary>
    public string? HostUserName { get; set; }
}
