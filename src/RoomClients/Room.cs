namespace RoomClients;

/// <summary>A meeting room, as every provider describes it.</summary>
public sealed class Room
{
    /// <summary>Gets the provider's id of the room; pass it to <see cref="IRoomService.GetRoomAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the provider name, such as <c>"whereby"</c>.</summary>
    public required string Provider { get; init; }

    private readonly string? _registrationName;

    /// <summary>
    /// Gets the registration name (DI service key) of the <see cref="IRoomService"/> that owns the room, such as
    /// <c>"whereby"</c> or <c>"whereby-eu"</c>: set on rooms returned by a service registered under another name than its
    /// provider's, and <see cref="Provider"/> otherwise (the default registration, or a service used on its own).
    /// </summary>
    public string RegistrationName
    {
        get => _registrationName ?? Provider;
        init => _registrationName = value;
    }

    /// <summary>
    /// Gets the provider-qualified id of the room: <see cref="RegistrationName"/> and <see cref="Id"/>. Store its string
    /// form (<c>whereby:112233</c>) and find the room again with <see cref="Routing.IRoomRouter"/>.
    /// </summary>
    public RoomReference Reference => new(RegistrationName, Id);

    /// <summary>Gets the room's display name, when the provider has one.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets how long the room lives.</summary>
    public RoomKind Kind { get; init; }

    /// <summary>Gets the URL for guests.</summary>
    public required Uri JoinUrl { get; init; }

    /// <summary>Gets the URL that joins as host or moderator, when the provider gives one.</summary>
    public Uri? HostUrl { get; init; }

    /// <summary>Gets when the room opens or the meeting is scheduled to start.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Gets when the room ends or expires.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Gets when the room was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets provider facts that have no neutral property (room name, meeting code…), keyed by the provider's name.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    /// <summary>Gets the provider's own object this room was mapped from (an escape hatch; its type depends on the provider).</summary>
    public object? RawRepresentation { get; init; }

    /// <summary>
    /// Returns this room as returned by the registration <paramref name="registrationName"/>: unchanged when the name is the
    /// provider name (read through <see cref="RegistrationName"/>'s default without a copy), otherwise
    /// <see cref="ExplicitlyOwnedBy"/>.
    /// </summary>
    internal Room OwnedBy(string registrationName) =>
        string.Equals(registrationName, Provider, StringComparison.Ordinal) ? this : ExplicitlyOwnedBy(registrationName);

    /// <summary>
    /// Returns this room naming <paramref name="registrationName"/> as its owner explicitly (so that an outer registration,
    /// such as a failover's, does not claim it): unchanged when it already names an owner, otherwise a copy.
    /// </summary>
    internal Room ExplicitlyOwnedBy(string registrationName) =>
        _registrationName is not null ? this : new Room
        {
            Id = Id,
            Provider = Provider,
            RegistrationName = registrationName,
            DisplayName = DisplayName,
            Kind = Kind,
            JoinUrl = JoinUrl,
            HostUrl = HostUrl,
            StartsAt = StartsAt,
            EndsAt = EndsAt,
            CreatedAt = CreatedAt,
            Metadata = Metadata,
            RawRepresentation = RawRepresentation,
        };

    internal static readonly IReadOnlyDictionary<string, string> EmptyMetadata =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <inheritdoc />
    public override string ToString() => $"{Provider}:{Id} ({Kind}) {JoinUrl}";
}
