using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>A meeting room, as every provider describes it.</summary>
public sealed class Room
{
    /// <summary>
    /// Gets the room's id as the <see cref="IRoomService"/> that returned the room knows it: pass it back to that same
    /// service (<see cref="IRoomService.GetRoomAsync"/>, update, delete), whatever implementation it is. For a provider's
    /// service it is the provider's own id; for a failover it is the member's <see cref="RoomReference"/> string
    /// (<c>whereby:112233</c>), since the failover must know which member owns the room. The provider's own id is always
    /// <see cref="Reference"/>'s <see cref="RoomReference.RoomId"/>.
    /// </summary>
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

    private string? RegistrationNameOrNull
    {
        init => _registrationName = value;
    }

    /// <summary>The owner's reference when <see cref="Id"/> is a composing service's id (<see cref="ServedAs"/>); <see langword="default"/> otherwise.</summary>
    private RoomReference OwnerReference { get; init; }

    /// <summary>
    /// Gets the provider-qualified id of the room: <see cref="RegistrationName"/> and the provider's id of the room. Store
    /// its string form (<c>whereby:112233</c>) and find the room again with <see cref="Routing.IRoomRouter"/>, whichever
    /// service returned it (a failover's rooms name the member that owns them, so a reference outlives a change of the
    /// failover). Serialized as that string. Set it only where <see cref="Id"/> is not the owner's id (a service that
    /// composes others); unset, it is <see cref="RegistrationName"/> and <see cref="Id"/>.
    /// </summary>
    public RoomReference Reference
    {
        get => OwnerReference.IsEmpty ? new(RegistrationName, Id) : OwnerReference;
        init => OwnerReference = value;
    }

    /// <summary>Gets the room's display name, when the provider has one.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets how long the room lives (serialized by name, such as <c>"Instant"</c>).</summary>
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

    /// <summary>
    /// Gets the provider's own object this room was mapped from (an escape hatch; its type depends on the provider). Not
    /// serialized: its type is not known statically (no AOT-safe contract), and it may hold provider details an API should
    /// not echo.
    /// </summary>
    [JsonIgnore]
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
        _registrationName is not null ? this : Copy(Id, registrationName, OwnerReference);

    /// <summary>
    /// Returns this room as a composing service (a failover) returns it: <see cref="Id"/> becomes <paramref name="id"/>,
    /// the id that service accepts back, while <see cref="Reference"/> and <see cref="RegistrationName"/> stay those of the owner.
    /// </summary>
    internal Room ServedAs(string id) => string.Equals(id, Id, StringComparison.Ordinal) ? this : Copy(id, _registrationName, Reference);

    private Room Copy(string id, string? registrationName, RoomReference reference) => new()
    {
        RegistrationNameOrNull = registrationName,
        Id = id,
        Provider = Provider,
        OwnerReference = reference,
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
