using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RoomClients.Daily.Models;

namespace RoomClients.Daily;

/// <summary>
/// Participant links (the room URL with <c>?t=</c> a meeting token for that room only) and recordings
/// (<c>GET /recordings?room_name=</c>, paged by <c>starting_after</c>; <c>GET /recordings/{id}</c>, its access link, and delete).
/// </summary>
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
        Check(room);
        var expires = LinkExpiry(request, room.Config?.Expires, now, client.Options.MaxHostLinkLifetime);
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

    /// <summary>Daily's page size for recordings (its maximum).</summary>
    private const int RecordingPageSize = 100;

    /// <summary>
    /// Lists the recordings Daily keeps under the room's name, newest first. Daily filters by name only: a room that does
    /// not exist lists none, and a name used again lists the recordings of its earlier rooms too.
    /// </summary>
    public async IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recordings(P, DailyCapabilities, roomId, "ListRecordings");
        var client = _client(); // one snapshot for the whole listing
        var paging = new PagingGuard(P, RecordingPageSize, client.Options.MaxListPages);
        string? cursor = null;
        long? total = null;
        long yielded = 0;
        while (true)
        {
            DailyPage<Recording>? page = await client.Api.ListRecordingsAsync(roomId, RecordingPageSize, cursor, null, cancellationToken).ConfigureAwait(false)
                ?? throw EmptyAnswer("recording list", "data");
            total ??= page.TotalCount;
            IList<Recording>? recordings = page.Data;
            page = null;
            var count = recordings?.Count ?? 0;
            yielded += count;

            // As with rooms: the cursor is the page's last id; a short page, or the one that reaches total_count, is the last.
            string? next = null;
            if (count == RecordingPageSize && !(total is { } all && yielded >= all))
            {
                next = recordings![count - 1]?.Id;
                if (string.IsNullOrEmpty(next))
                {
                    throw new RoomServiceException($"{P}: the listing's paging is broken: the last recording of a full page has no id to continue from.", new RoomErrorDetails(P, errorCode: "paging_broken"));
                }
            }

            var more = paging.Page(count, next);
            for (var i = 0; i < count; i++)
            {
                var recording = recordings![i];
                paging.Item(recording?.Id);
                if (recording?.RoomName is { } name && name != roomId)
                {
                    throw new RoomServiceException($"{P}: the answer lists a recording of another room than the one asked for; it was refused.", new RoomErrorDetails(P));
                }

                yield return ToRecording(recording, roomId);
            }

            recordings = null;
            if (!more)
            {
                yield break;
            }

            cursor = next;
        }
    }

    /// <summary>Checks that the recording belongs to the room and is finished, then asks for its access link (Daily's default lifetime, one hour).</summary>
    public async Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        var (room, id) = ParticipantGuard.Recording(P, DailyCapabilities, roomId, recordingId, deleting: false);
        var client = _client();
        var recording = await RecordingOfAsync(client.Api, room, id, cancellationToken).ConfigureAwait(false);
        if (Map(recording.Status) != RoomRecordingState.Ready)
        {
            throw new RoomConflictException(
                $"daily: recording '{id}' of room '{room}' is {recording.Status ?? "of unknown status"}, not finished; there is nothing to download yet.",
                new RoomErrorDetails(P, errorCode: recording.Status));
        }

        var link = await client.Api.GetRecordingAccessLinkAsync(id, null, cancellationToken).ConfigureAwait(false);
        if (link?.DownloadUri is not { } url)
        {
            // On some errors Daily puts a text where the link belongs; it is not echoed (it may quote the bucket).
            throw new RoomServiceException($"daily: the access link of recording '{id}' is not an http(s) URL; Daily could not make one.", new RoomErrorDetails(P));
        }

        return new RoomRecordingLink { Url = url, ExpiresAt = link.Expires };
    }

    /// <summary>Checks that the recording belongs to the room, then deletes it (for your own bucket Daily deletes only its reference).</summary>
    public async Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        var (room, id) = ParticipantGuard.Recording(P, DailyCapabilities, roomId, recordingId, deleting: true);
        var client = _client();
        await RecordingOfAsync(client.Api, room, id, cancellationToken).ConfigureAwait(false);
        await client.Api.DeleteRecordingAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Maps a Daily recording; <paramref name="roomId"/> is the room it was asked for.</summary>
    internal static RoomRecording ToRecording(Recording? recording, string roomId)
    {
        if (recording is null || string.IsNullOrEmpty(recording.Id))
        {
            throw EmptyAnswer("recording", "id");
        }

        long? size = null;
        if (recording.Tracks is { Count: > 0 } tracks && tracks.All(t => t?.Size is > 0))
        {
            size = tracks.Sum(t => t!.Size!.Value); // raw-tracks: one file per track; cloud recordings carry no size
        }

        return new RoomRecording
        {
            Id = recording.Id,
            RoomId = roomId,
            Provider = P,
            State = Map(recording.Status),
            ProviderState = recording.Status,
            StartedAt = recording.StartedAt,
            Duration = recording.DurationSeconds is { } seconds and >= 0 and < 1e9 ? TimeSpan.FromSeconds(seconds) : null,
            SizeInBytes = size,
            RawRepresentation = recording,
        };
    }

    internal static RoomRecordingState Map(string? status) => status switch
    {
        "finished" => RoomRecordingState.Ready,
        "in-progress" => RoomRecordingState.Recording,
        "canceled" => RoomRecordingState.Failed,
        _ => RoomRecordingState.Unknown,
    };

    /// <summary><c>GET /recordings/{id}</c>, refusing a recording of another room as not found (an id from one room never reaches another's).</summary>
    private static async Task<Recording> RecordingOfAsync(IDailyApi api, string roomId, string recordingId, CancellationToken cancellationToken)
    {
        var recording = await api.GetRecordingAsync(recordingId, cancellationToken).ConfigureAwait(false);
        if (recording is null || string.IsNullOrEmpty(recording.Id))
        {
            throw EmptyAnswer("recording", "id");
        }

        if (recording.RoomName != roomId)
        {
            throw new RoomNotFoundException($"daily: room '{roomId}' has no recording '{recordingId}'.", new RoomErrorDetails(P, HttpStatusCode.NotFound, "not-found"));
        }

        return recording;
    }
}
