namespace RoomClients;

/// <summary>What to change on a room. Properties left <see langword="null"/> are not changed.</summary>
public sealed class UpdateRoomRequest
{
    /// <summary>Gets or sets a new display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets a new start.</summary>
    public DateTimeOffset? StartsAt { get; set; }

    /// <summary>Gets or sets a new end or expiry.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Gets or sets whether the meeting is recorded automatically.</summary>
    public bool? RecordAutomatically { get; set; }

    /// <summary>Gets or sets whether guests must be admitted by a host.</summary>
    public bool? Locked { get; set; }

    /// <summary>Gets metadata entries to set.</summary>
    public IDictionary<string, string> Metadata { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets provider-specific settings; each adapter reads only its own type.</summary>
    public IList<ProviderRoomOptions> ProviderOptions { get; } = [];

    /// <summary>Returns the options of type <typeparamref name="T"/>, if present.</summary>
    /// <typeparam name="T">The provider options type.</typeparam>
    /// <returns>The first options of that type, or <see langword="null"/>.</returns>
    public T? GetProviderOptions<T>() where T : ProviderRoomOptions => ProviderOptions.OfType<T>().FirstOrDefault();

    /// <summary>Gets whether this request changes nothing.</summary>
    public bool IsEmpty => DisplayName is null && StartsAt is null && EndsAt is null && RecordAutomatically is null
        && Locked is null && Metadata.Count == 0 && ProviderOptions.Count == 0;
}
