namespace RoomClients;

/// <summary>What a provider can do. Calls outside these throw <see cref="RoomFeatureNotSupportedException"/> before anything is sent.</summary>
public sealed class RoomCapabilities
{
    /// <summary>Gets the room kinds the provider can create.</summary>
    public required IReadOnlyList<RoomKind> SupportedKinds { get; init; }

    /// <summary>Gets whether rooms can be updated after creation.</summary>
    public bool CanUpdate { get; init; }

    /// <summary>Gets whether rooms can be listed.</summary>
    public bool CanList { get; init; }

    /// <summary>Gets whether rooms can be deleted.</summary>
    public bool CanDelete { get; init; }

    /// <summary>Gets whether <see cref="CreateRoomRequest.TemplateId"/> is honoured.</summary>
    public bool SupportsTemplates { get; init; }

    /// <summary>Gets whether <see cref="CreateRoomRequest.DisplayName"/> is stored by the provider.</summary>
    public bool SupportsDisplayName { get; init; }

    /// <summary>Gets whether <see cref="CreateRoomRequest.Metadata"/> is stored by the provider.</summary>
    public bool SupportsMetadata { get; init; }

    /// <summary>Gets whether <see cref="CreateRoomRequest.RecordAutomatically"/> is honoured.</summary>
    public bool SupportsAutomaticRecording { get; init; }

    /// <summary>Gets whether <see cref="CreateRoomRequest.Locked"/> is honoured.</summary>
    public bool SupportsLocking { get; init; }

    /// <summary>Gets whether rooms have a separate host (moderator) URL.</summary>
    public bool HasHostUrl { get; init; }

    /// <summary>Gets whether <see cref="IRoomService.ListRoomsAsync"/> fetches page by page as it is enumerated;
    /// <see langword="false"/> when the provider answers with every room at once (EnableX), so a long list costs one large answer.</summary>
    public bool ListsInPages { get; init; } = true;

    /// <summary>Gets the largest <see cref="RoomQuery.PageSize"/> the provider accepts.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>
    /// Gets the roles a participant link can grant (<see cref="IRoomParticipantLinks"/>); empty when the provider makes no
    /// participant links (the room's <see cref="Room.JoinUrl"/> and <see cref="Room.HostUrl"/> are then all there is).
    /// </summary>
    public IReadOnlyList<RoomParticipantRole> ParticipantRoles { get; init; } = [];

    /// <summary>Gets whether a guest or viewer link can carry <see cref="ParticipantLinkRequest.DisplayName"/>; for host links see <see cref="SupportsHostParticipantNames"/>.</summary>
    public bool SupportsParticipantNames { get; init; }

    /// <summary>
    /// Gets whether a host link can carry <see cref="ParticipantLinkRequest.DisplayName"/> too: <see langword="false"/> where
    /// the host link signs in as the host's own account and shows that account's name (Zoom's <c>start_url</c>).
    /// </summary>
    public bool SupportsHostParticipantNames { get; init; }

    /// <summary>Gets whether a participant link can carry <see cref="ParticipantLinkRequest.ExternalParticipantId"/> (and the provider's events name it again).</summary>
    public bool SupportsExternalParticipantIds { get; init; }

    /// <summary>Gets whether a participant link can expire at <see cref="ParticipantLinkRequest.ExpiresAt"/>.</summary>
    public bool SupportsParticipantLinkExpiry { get; init; }

    /// <summary>Gets whether a participant link other than the host's needs <see cref="ParticipantLinkRequest.Email"/> (Zoom registers guests by address).</summary>
    public bool RequiresParticipantEmail { get; init; }

    /// <summary>Gets whether the provider keeps recordings that <see cref="IRoomRecordings"/> lists and links to for download.</summary>
    public bool SupportsRecordings { get; init; }

    /// <summary>Gets whether <see cref="IRoomRecordings.DeleteRecordingAsync"/> is supported.</summary>
    public bool CanDeleteRecordings { get; init; }

    /// <summary>Returns whether participant links can grant <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when supported.</returns>
    public bool Supports(RoomParticipantRole role) => ParticipantRoles.Contains(role);

    /// <summary>Returns whether the provider can create rooms of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when supported.</returns>
    public bool Supports(RoomKind kind) => SupportedKinds.Contains(kind);

    /// <summary>
    /// Returns the kind of room the provider creates for <paramref name="request"/>, or <see langword="null"/> when no kind
    /// it has fits (the create then throws <see cref="RoomFeatureNotSupportedException"/>). An explicit
    /// <see cref="CreateRoomRequest.Kind"/> is kept when supported. Unset, it is derived from the lifetime asked for:
    /// with <see cref="CreateRoomRequest.StartsAt"/>, <see cref="RoomKind.Scheduled"/>; otherwise
    /// <see cref="RoomKind.Instant"/> (usable from now until <see cref="CreateRoomRequest.EndsAt"/> or a default lifetime),
    /// or else <see cref="RoomKind.Permanent"/> (a room that lives until deleted, so at least as long as asked).
    /// </summary>
    /// <param name="request">The create request.</param>
    /// <returns>The kind the room will have, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public RoomKind? KindFor(CreateRoomRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind is { } kind)
        {
            return Supports(kind) ? kind : null;
        }

        if (request.StartsAt is not null)
        {
            return Supports(RoomKind.Scheduled) ? RoomKind.Scheduled : null;
        }

        return Supports(RoomKind.Instant) ? RoomKind.Instant
            : Supports(RoomKind.Permanent) ? RoomKind.Permanent
            : null;
    }
}
