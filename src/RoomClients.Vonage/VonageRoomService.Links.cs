namespace RoomClients.Vonage;

/// <summary>Participant links: the room's own guest and host URLs (Vonage makes no per-participant links).</summary>
internal sealed partial class VonageRoomService
{
    /// <summary>
    /// Gets the room (<c>GET /rooms/{id}</c>) and returns its guest URL or its host URL: Vonage makes no per-participant
    /// links, so every guest gets the same URL and every host the same host URL, each valid while the room is.
    /// </summary>
    public async Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Link(P, VonageCapabilities, roomId, request, _time.GetUtcNow());
        var vonageRoom = await Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        var room = ToRoom(vonageRoom);
        var host = request.Role == RoomParticipantRole.Host;
        var url = host
            ? room.HostUrl ?? throw new RoomServiceException("vonage: the room has no _links.host_url; no host link can be made.", new RoomErrorDetails(P))
            : room.JoinUrl;
        return new ParticipantLink
        {
            Url = url,
            Role = request.Role,
            RoomId = room.Id,
            Provider = P,
            // A long-term room's link works until its expires_at; an instant room's has no fixed end (the room lives on
            // while it is used and closes 10 minutes after the last participant leaves).
            ExpiresAt = vonageRoom!.Type == "long_term" ? room.EndsAt : null,
            RawRepresentation = vonageRoom,
        };
    }
}
