namespace RoomClients;

/// <summary>
/// Base class for settings only one provider understands (<c>WherebyRoomOptions</c>, <c>VonageRoomOptions</c>…).
/// Add them to <see cref="CreateRoomRequest.ProviderOptions"/>; each adapter reads its own and ignores the others,
/// so one request can carry settings for several providers.
/// </summary>
public abstract class ProviderRoomOptions
{
    /// <summary>Gets the provider these options are for, such as <c>"whereby"</c>.</summary>
    public abstract string Provider { get; }
}
