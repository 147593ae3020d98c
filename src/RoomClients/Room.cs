namespace RoomClients;

/// <summary>A meeting room, as every provider describes it.</summary>
public sealed class Room
{
    /// <summary>Gets the provider's id of the room; pass it to <see cref="IRoomService.GetRoomAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the provider name, such as <c>"whereby"</c>.</summary>
    public required string Provider { get; init; }

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

    internal static readonly IReadOnlyDictionary<string, string> EmptyMetadata =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <inheritdoc />
    public override string ToString() => $"{Provider}:{Id} ({Kind}) {JoinUrl}";
}
