namespace RoomClients;

/// <summary>
/// Asks a room for a join link for one participant (<see cref="IRoomParticipantLinks.CreateParticipantLinkAsync"/>).
/// Every part the provider cannot honour (see <see cref="RoomCapabilities"/>) throws <see cref="RoomFeatureNotSupportedException"/>
/// when set, before anything is sent.
/// </summary>
public sealed class ParticipantLinkRequest
{
    /// <summary>Gets what the link lets its holder do (default <see cref="RoomParticipantRole.Guest"/>); see <see cref="RoomCapabilities.ParticipantRoles"/>.</summary>
    public RoomParticipantRole Role { get; init; } = RoomParticipantRole.Guest;

    /// <summary>Gets the name shown for the participant in the meeting (at most 100 characters, no control characters); see <see cref="RoomCapabilities.SupportsParticipantNames"/>.</summary>
    public string? DisplayName { get; init; }

    /// <summary>
    /// Gets the participant's e-mail address, for providers that register participants by address (Zoom registrants), which
    /// need it for every link but the host's (see <see cref="RoomCapabilities.RequiresParticipantEmail"/>). Other providers
    /// have no use for it and do not send it, so portable code can always set it.
    /// </summary>
    public string? Email { get; init; }

    /// <summary>
    /// Gets the application's own id for the participant (a patient or user id), carried by the link so that the provider's
    /// events name it again as <see cref="Webhooks.RoomEvent.ExternalParticipantId"/>; see
    /// <see cref="RoomCapabilities.SupportsExternalParticipantIds"/>. At most 35 characters of <c>A–Z a–z 0–9 . _ - : @</c>
    /// (the narrowest rule among the providers, so one id works on all of them).
    /// </summary>
    public string? ExternalParticipantId { get; init; }

    /// <summary>Gets when the link stops admitting its holder; see <see cref="RoomCapabilities.SupportsParticipantLinkExpiry"/>. Must lie in the future.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
