using RoomClients.Vectera.Models;

namespace RoomClients.Vectera;

/// <summary>
/// Participant links over Vectera: each link is a meeting-room permission (<c>POST /permissions</c>) whose access key
/// lets its holder in without knocking (<c>can_always_join</c>, a guest) or with host rights (<c>is_host</c>). The room
/// is read first (<c>GET /meetingRooms/{id}</c>), so an unknown room is <see cref="RoomNotFoundException"/> and the link
/// is built on the room's own <c>url</c> when the answer gives only the key.
/// </summary>
internal sealed partial class VecteraRoomService : IRoomParticipantLinks
{
    /// <summary>The query parameter that carries an access key on a room link when the permission's answer has no <c>url</c>.</summary>
    internal const string AccessKeyParameter = "accessKey";

    public async Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        var id = ParticipantGuard.Link(P, VecteraCapabilities, roomId, request, _time.GetUtcNow());
        var api = Api;
        var room = ToRoom(await api.GetMeetingRoomAsync(id, cancellationToken).ConfigureAwait(false));

        // No e-mail and no user id: the permission is a bare access key (an e-mail would make Vectera invite the address).
        var permission = await api.CreatePermissionAsync(
            new CreatePermissionRequest
            {
                MeetingRoomId = room.Id,
                AccessLevel = request.Role == RoomParticipantRole.Host ? VecteraAccessLevel.IsHost : VecteraAccessLevel.CanAlwaysJoin,
            },
            cancellationToken).ConfigureAwait(false);
        return new ParticipantLink
        {
            Url = LinkOf(room.JoinUrl, permission),
            Role = request.Role,
            RoomId = room.Id,
            Provider = P,
            RawRepresentation = permission,
        };
    }

    /// <summary>The permission's own <c>url</c> when Vectera gives one, else the room link with the access key appended.</summary>
    internal static Uri LinkOf(Uri roomUrl, MeetingRoomAccessKey? permission)
    {
        if (permission?.Url is { } url)
        {
            return RoomUrls.Web(P, url, "url");
        }

        if (string.IsNullOrEmpty(permission?.AccessKey))
        {
            throw new RoomServiceException("vectera: the permission answer lacks its accessKey.", new RoomErrorDetails(P));
        }

        var builder = new UriBuilder(roomUrl);
        var query = builder.Query.TrimStart('?');
        builder.Query = string.Concat(query, query.Length == 0 ? string.Empty : "&", AccessKeyParameter, "=", Uri.EscapeDataString(permission.AccessKey));
        return builder.Uri;
    }
}
