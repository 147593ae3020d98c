using System.Text.Json;
using RoomClients.Daily.Models;

namespace RoomClients.Daily;

/// <summary>Participant links: the room URL with <c>?t=</c> a meeting token for that room only.</summary>
internal sealed partial class DailyRoomService
{
    /// <summary>A viewer's token: may receive everything, send nothing (Daily's <c>permissions.canSend = false</c>).</summary>
    private static readonly JsonElement ViewerPermissions = JsonDocument.Parse("""{"canSend":false}""").RootElement.Clone();

    /// <summary>
    /// Checks the room (<c>GET /rooms/{name}</c>: Daily signs tokens for any name, so a missing room would otherwise go
    /// unnoticed), then signs a token with <c>is_owner</c> (host) or <c>permissions.canSend = false</c> (viewer),
    /// <c>user_name</c>, <c>user_id</c> and <c>exp</c>. The token expires at the time asked, at the room's <c>exp</c> if
    /// that comes first, and a host token after <see cref="DailyOptions.MaxHostLinkLifetime"/> at the latest; without a time
    /// asked, at the room's <c>exp</c> or after <see cref="DailyOptions.MaxHostLinkLifetime"/>. Whole seconds, rounded down.
    /// </summary>
    public async Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        ParticipantGuard.Link(P, DailyCapabilities, roomId, request, now);
        var client = _client(); // one snapshot: the room and its token come from the same domain
        var room = await client.Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        ToRoom(room, null, null); // checks the answer
        var expires = LinkExpiry(request, room!.Config?.Expires, now, client.Options.MaxHostLinkLifetime);
        if (room.Config?.Expires <= now)
        {
            throw new RoomNotFoundException($"daily: room '{roomId}' has expired; no link can join it.", new RoomErrorDetails(P, System.Net.HttpStatusCode.NotFound));
        }

        if (expires <= now)
        {
            throw new RoomValidationException(P, "ParticipantLinkRequest.ExpiresAt", "must lie at least one second ahead (Daily's exp is whole seconds).");
        }

        var host = request.Role == RoomParticipantRole.Host;
        var properties = new MeetingTokenProperties
        {
            RoomName = room.Name,
            IsOwner = host ? true : null,
            Expires = expires,
            UserName = request.DisplayName,
            UserId = request.ExternalParticipantId,
            Permissions = request.Role == RoomParticipantRole.Viewer ? ViewerPermissions : null,
            StartCloudRecording = host ? StartsRecording(room) : null,
        };
        var (url, token) = await TokenLinkAsync(client.Api, room, properties, cancellationToken).ConfigureAwait(false);
        return new ParticipantLink
        {
            Url = url,
            Role = request.Role,
            RoomId = room.Name!,
            Provider = P,
            ExpiresAt = expires,
            DisplayName = request.DisplayName,
            ExternalParticipantId = request.ExternalParticipantId,
            RawRepresentation = token,
        };
    }

    /// <summary>When a participant link expires: the earliest of the time asked, the room's end and (for hosts, or when nothing is asked) the host link limit; whole seconds down.</summary>
    internal static DateTimeOffset LinkExpiry(ParticipantLinkRequest request, DateTimeOffset? roomExpires, DateTimeOffset now, TimeSpan maxHostLinkLifetime)
    {
        var limit = now + maxHostLinkLifetime;
        var expires = request.ExpiresAt ?? limit;
        if (request.Role == RoomParticipantRole.Host && expires > limit)
        {
            expires = limit;
        }

        if (roomExpires is { } end && end < expires)
        {
            expires = end;
        }

        return DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()); // Daily's exp is whole seconds: never later than asked
    }
}
