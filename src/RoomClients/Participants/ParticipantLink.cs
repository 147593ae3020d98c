using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>A join link for one participant, as <see cref="IRoomParticipantLinks.CreateParticipantLinkAsync"/> returns it.</summary>
public sealed class ParticipantLink
{
    /// <summary>Gets the URL the participant opens. Treat it as a secret: whoever holds it joins with <see cref="Role"/>.</summary>
    public required Uri Url { get; init; }

    /// <summary>Gets the role the link grants.</summary>
    public required RoomParticipantRole Role { get; init; }

    /// <summary>Gets the room's id, as the service that made the link knows it (<see cref="Room.Id"/>).</summary>
    public required string RoomId { get; init; }

    /// <summary>Gets the provider name, such as <c>"daily"</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>Gets until when the link admits its holder, when it expires (the provider's own limit when it sets one, otherwise the one asked for).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets the name the participant is shown with, when the link carries one.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the application's id for the participant, when the link carries one.</summary>
    public string? ExternalParticipantId { get; init; }

    /// <summary>Gets the provider's own object the link was made from (a token, a registrant…); not serialized.</summary>
    [JsonIgnore]
    public object? RawRepresentation { get; init; }

    /// <summary>Returns this link as a composing service (a failover) returns it, naming the room by <paramref name="roomId"/>.</summary>
    internal ParticipantLink ServedAs(string roomId) => string.Equals(roomId, RoomId, StringComparison.Ordinal) ? this : new()
    {
        RoomId = roomId,
        Url = Url,
        Role = Role,
        Provider = Provider,
        ExpiresAt = ExpiresAt,
        DisplayName = DisplayName,
        ExternalParticipantId = ExternalParticipantId,
        RawRepresentation = RawRepresentation,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Provider}:{RoomId} {Role} link{(DisplayName is null ? string.Empty : $" for {DisplayName}")}";
}
