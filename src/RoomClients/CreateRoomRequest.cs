namespace RoomClients;

/// <summary>What to create. A setting the provider cannot honour throws <see cref="RoomFeatureNotSupportedException"/>; nothing is silently dropped.</summary>
public sealed class CreateRoomRequest
{
    /// <summary>Gets or sets the room's display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>
    /// Gets or sets how long the room lives. <see langword="null"/> (the default) means "whatever fits the lifetime asked
    /// for": the provider picks the kind from <see cref="StartsAt"/> and <see cref="EndsAt"/> (see
    /// <see cref="RoomCapabilities.KindFor"/>): a scheduled room when a start is given, otherwise a room usable from now
    /// (until <see cref="EndsAt"/> or the provider's default lifetime), or a permanent room where the provider has no other
    /// kind (it then outlives <see cref="EndsAt"/>; delete it when done). A kind set here is a demand: a provider without it
    /// throws <see cref="RoomFeatureNotSupportedException"/> before anything is sent.
    /// </summary>
    public RoomKind? Kind { get; set; }

    /// <summary>Gets or sets when a scheduled room starts.</summary>
    public DateTimeOffset? StartsAt { get; set; }

    /// <summary>Gets or sets when the room ends or expires. Providers that need an end use a configured default lifetime when this is unset.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Gets or sets a provider template to create the room from.</summary>
    public string? TemplateId { get; set; }

    /// <summary>Gets or sets whether the meeting is recorded automatically; <see langword="null"/> keeps the provider's default.</summary>
    public bool? RecordAutomatically { get; set; }

    /// <summary>Gets or sets whether guests must be admitted by a host; <see langword="null"/> keeps the provider's default.</summary>
    public bool? Locked { get; set; }

    /// <summary>Gets key/value data stored with the room, where the provider can store it.</summary>
    public IDictionary<string, string> Metadata { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets provider-specific settings; each adapter reads only its own type.</summary>
    public IList<ProviderRoomOptions> ProviderOptions { get; } = [];

    /// <summary>Returns the options of type <typeparamref name="T"/>, if present.</summary>
    /// <typeparam name="T">The provider options type.</typeparam>
    /// <returns>The first options of that type, or <see langword="null"/>.</returns>
    public T? GetProviderOptions<T>() where T : ProviderRoomOptions => ProviderOptions.OfType<T>().FirstOrDefault();
}
