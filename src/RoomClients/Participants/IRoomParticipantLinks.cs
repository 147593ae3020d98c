namespace RoomClients;

/// <summary>
/// Makes join links for named participants of a room: the doctor as host, the patient as a named guest, an observer as
/// viewer. An optional feature of an <see cref="IRoomService"/>: reach it with
/// <c>rooms.GetService&lt;IRoomParticipantLinks&gt;()</c> (<see langword="null"/> when the provider has no such links) or
/// call <see cref="RoomServiceExtensions.CreateParticipantLinkAsync"/> on the room service; what the provider honours is
/// in <see cref="RoomCapabilities"/> (<see cref="RoomCapabilities.ParticipantRoles"/> and the <c>SupportsParticipant…</c> flags).
/// </summary>
public interface IRoomParticipantLinks
{
    /// <summary>Makes a join link for one participant of the room <paramref name="roomId"/>.</summary>
    /// <param name="roomId">The room's id, as <see cref="Room.Id"/> gives it.</param>
    /// <param name="request">Who the link is for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link, the role it grants and until when.</returns>
    /// <exception cref="RoomValidationException">The id or the request is invalid; nothing was sent.</exception>
    /// <exception cref="RoomFeatureNotSupportedException">The request asks for a role or a part the provider cannot honour; nothing was sent.</exception>
    /// <exception cref="RoomNotFoundException">No such room.</exception>
    Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default);
}
