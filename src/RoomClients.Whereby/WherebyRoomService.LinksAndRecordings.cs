using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby;

/// <summary>
/// Participant links and recordings over Whereby. A link is one of the meeting's URLs (<c>roomUrl</c> for guests,
/// <c>hostRoomUrl</c> for hosts, <c>viewerRoomUrl</c> for viewers) with Whereby's <c>displayName</c> and <c>externalId</c>
/// room-URL parameters; Whereby echoes <c>externalId</c> in its <c>room.client.*</c> webhooks. Recordings are found by the
/// meeting's <c>roomName</c> (<c>GET /recordings?roomName=</c>), so each operation first reads the meeting (an unknown
/// room is <see cref="RoomNotFoundException"/>, and a recording of another room is not found in this one).
/// </summary>
internal sealed partial class WherebyRoomService : IRoomParticipantLinks, IRoomRecordings
{
    /// <summary>How long after <c>endDate</c> Whereby keeps a room usable (then it is deactivated, and deleted within 24 h).</summary>
    internal static readonly TimeSpan DeactivationDelay = TimeSpan.FromHours(1);

    /// <summary>The page size of recording listings: Whereby's largest, so a room's recordings take the fewest requests.</summary>
    internal const int RecordingPageSize = 100;

    /// <summary>Bytes in one of Whereby's <c>sizeInMegaBytes</c> (decimal megabytes; Whereby does not say, so sizes are approximate).</summary>
    internal const double BytesPerMegaByte = 1_000_000d;

    public async Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        var id = ParticipantGuard.Link(P, WherebyCapabilities, roomId, request, _time.GetUtcNow());
        var meeting = await _client().Api.GetMeetingAsync(id, HostAndViewerFields, cancellationToken).ConfigureAwait(false);
        var room = ToRoom(meeting);
        var url = request.Role switch
        {
            RoomParticipantRole.Host => room.HostUrl ?? throw Missing(id, "hostRoomUrl"),
            RoomParticipantRole.Viewer => RoomUrls.OptionalWeb(P, meeting.ViewerRoomUrl, "viewerRoomUrl") ?? throw Missing(id, "viewerRoomUrl"),
            _ => room.JoinUrl,
        };
        return new ParticipantLink
        {
            Url = WithParticipant(url, request.DisplayName, request.ExternalParticipantId),
            Role = request.Role,
            RoomId = room.Id,
            Provider = P,
            ExpiresAt = meeting.EndDate == default ? null : meeting.EndDate + DeactivationDelay,
            DisplayName = request.DisplayName,
            ExternalParticipantId = request.ExternalParticipantId,
            RawRepresentation = meeting,
        };
    }

    public async IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var id = ParticipantGuard.Recordings(P, WherebyCapabilities, roomId, "ListRecordings");
        var client = _client(); // one snapshot for the meeting and every page
        var roomName = await RoomNameAsync(client.Api, id, cancellationToken).ConfigureAwait(false);
        var paging = new PagingGuard(P, RecordingPageSize, client.Options.MaxListPages);
        var recordings = Pages(
            paging, (cursor, ct) => client.Api.ListRecordingsAsync(roomName, cursor, RecordingPageSize, cancellationToken: ct), static r => r?.RecordingId, "ListRecordings", cancellationToken);
        await foreach (var recording in recordings.ConfigureAwait(false))
        {
            // Another room's recording (a server that ignored roomName) is not this room's.
            if (recording is not null && !string.IsNullOrEmpty(recording.RecordingId) && InRoom(recording, roomName))
            {
                yield return ToRecording(id, recording);
            }
        }
    }

    public async Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        var (room, id) = ParticipantGuard.Recording(P, WherebyCapabilities, roomId, recordingId, deleting: false);
        var api = _client().Api;
        await RecordingOfRoomAsync(api, room, id, cancellationToken).ConfigureAwait(false);

        // Whereby's default lifetime (validForSeconds 3600); a recording kept in the customer's own S3 bucket gets 403.
        var link = await api.GetRecordingAccessLinkAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (link?.Link is null)
        {
            throw EmptyAnswer("access link");
        }

        return new RoomRecordingLink { Url = RoomUrls.Web(P, link.Link, "accessLink"), ExpiresAt = link.Expires > 0 ? link.ExpiresAt : null };
    }

    public async Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        var (room, id) = ParticipantGuard.Recording(P, WherebyCapabilities, roomId, recordingId, deleting: true);
        var api = _client().Api;

        // Whereby's DELETE answers 204 even for an unknown id: read the recording first so a missing one is not found.
        await RecordingOfRoomAsync(api, room, id, cancellationToken).ConfigureAwait(false);
        await api.DeleteRecordingAsync(id, cancellationToken).ConfigureAwait(false);
    }

    internal static RoomRecording ToRecording(string roomId, Recording recording)
    {
        var duration = recording.StartDate is { } start && recording.EndDate is { } end && end > start ? end - start : (TimeSpan?)null;
        return new RoomRecording
        {
            Id = recording.RecordingId,
            RoomId = roomId,
            Provider = P,

            // Whereby lists a cloud recording once it is finished and uploaded (recording.finished); it has no state field.
            State = RoomRecordingState.Ready,
            StartedAt = recording.StartDate,
            Duration = duration,
            SizeInBytes = recording.SizeInMegaBytes is { } mb and > 0 && double.IsFinite(mb) ? (long)Math.Round(mb * BytesPerMegaByte) : null,
            RawRepresentation = recording,
        };
    }

    /// <summary>Adds <c>displayName</c> and <c>externalId</c> to a room URL (Whereby's documented room-URL parameters), keeping its query (<c>roomKey</c>).</summary>
    internal static Uri WithParticipant(Uri url, string? displayName, string? externalId)
    {
        if (displayName is null && externalId is null)
        {
            return url;
        }

        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        if (displayName is not null)
        {
            query = Append(query, "displayName", displayName);
        }

        if (externalId is not null)
        {
            query = Append(query, "externalId", externalId);
        }

        builder.Query = query;
        return builder.Uri;

        static string Append(string query, string name, string value) =>
            string.Concat(query, query.Length == 0 ? string.Empty : "&", name, "=", Uri.EscapeDataString(value));
    }

    private static async Task<string> RoomNameAsync(IWherebyApi api, string meetingId, CancellationToken cancellationToken)
    {
        var meeting = await api.GetMeetingAsync(meetingId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(meeting?.RoomName)
            ? throw new RoomServiceException($"whereby: meeting '{meetingId}' has no roomName, by which its recordings are found.", new RoomErrorDetails(P))
            : meeting.RoomName;
    }

    private static async Task RecordingOfRoomAsync(IWherebyApi api, string meetingId, string recordingId, CancellationToken cancellationToken)
    {
        var roomName = await RoomNameAsync(api, meetingId, cancellationToken).ConfigureAwait(false);
        var recording = await api.GetRecordingAsync(recordingId, cancellationToken).ConfigureAwait(false);
        if (recording is null || !InRoom(recording, roomName))
        {
            throw new RoomNotFoundException(
                string.Create(CultureInfo.InvariantCulture, $"whereby: room '{meetingId}' has no recording '{recordingId}'."),
                new RoomErrorDetails(P, HttpStatusCode.NotFound));
        }
    }

    private static bool InRoom(Recording recording, string roomName) =>
        recording.RoomName is null || string.Equals(recording.RoomName, roomName, StringComparison.Ordinal);

    private static RoomServiceException Missing(string meetingId, string field) =>
        new($"whereby: the answer for meeting '{meetingId}' lacks {field}, asked for through fields.", new RoomErrorDetails(P));
}
