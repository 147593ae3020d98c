using System.Globalization;
using System.Runtime.CompilerServices;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX;

/// <summary>
/// Participant links and recordings. A link is the room's embed meeting URL (participant or moderator) with EnableX's
/// <c>name</c> and <c>user_ref</c> query parameters, built locally once <c>GET /rooms/{room_id}</c> has confirmed the
/// room. A recording is one archive record (one recorded session, <c>GET /archive/room/{room_id}</c>), ready once its
/// transcoded (playable) file exists; its link is that file's portal URL.
/// </summary>
internal sealed partial class EnableXRoomService
{
    public async Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Link(P, EnableXCapabilities, roomId, request, _time.GetUtcNow());
        var client = _client();
        var answer = await client.Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false); // 40001 → RoomNotFoundException
        var room = ToRoom(answer?.Room, client.Options);
        var baseUrl = request.Role == RoomParticipantRole.Host ? room.HostUrl! : room.JoinUrl;
        var query = new List<string>(2);
        if (request.DisplayName is { } name)
        {
            query.Add("name=" + Uri.EscapeDataString(name));
        }

        if (request.ExternalParticipantId is { } external)
        {
            query.Add("user_ref=" + Uri.EscapeDataString(external));
        }

        var url = query.Count == 0 ? baseUrl
            : new Uri(baseUrl.AbsoluteUri + (string.IsNullOrEmpty(baseUrl.Query) ? "?" : "&") + string.Join('&', query));
        return new ParticipantLink
        {
            Url = url,
            Role = request.Role,
            RoomId = room.Id,
            Provider = P,
            DisplayName = request.DisplayName,
            ExternalParticipantId = request.ExternalParticipantId,
            RawRepresentation = answer!.Room,
        };
    }

    public async IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recordings(P, EnableXCapabilities, roomId, "ListRecordings");
        var answer = await _client().Api.GetArchiveByRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        var records = answer?.Archive ?? [];
        var paging = new PagingGuard(P, pageSize: null); // the archive answers with every record at once
        paging.Page(records.Count, continuation: null);
        foreach (var record in records)
        {
            paging.Item(record?.Id);
            yield return ToRecording(roomId, record);
        }
    }

    public async Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        var (room, id) = ParticipantGuard.Recording(P, EnableXCapabilities, roomId, recordingId, deleting: false);
        var answer = await _client().Api.GetArchiveByRoomAsync(room, cancellationToken).ConfigureAwait(false);
        var record = answer?.Archive?.FirstOrDefault(r => string.Equals(r?.Id, id, StringComparison.Ordinal))
            ?? throw new RoomNotFoundException($"enablex: room '{room}' has no recording '{id}'.", new RoomErrorDetails(P, System.Net.HttpStatusCode.NotFound));
        if (PlayableUrl(record) is not { } playable)
        {
            throw new RoomConflictException(
                $"enablex: recording '{id}' of room '{room}' is not transcoded yet; EnableX posts a 'transcoded' notification when it is.",
                new RoomErrorDetails(P, errorCode: "not_transcoded"));
        }

        return new RoomRecordingLink { Url = RoomUrls.Web(P, playable, "transcoded.url") }; // EnableX states no expiry for archive URLs
    }

    public Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recording(P, EnableXCapabilities, roomId, recordingId, deleting: true); // throws: EnableX deletes no recordings
        return Task.CompletedTask;
    }

    internal static RoomRecording ToRecording(string roomId, EnableXArchiveRecord? record)
    {
        if (record is null || string.IsNullOrEmpty(record.Id))
        {
            throw new RoomServiceException("enablex: an archive record lacks its _id.", new RoomErrorDetails(P));
        }

        var ready = PlayableUrl(record) is not null;
        var raw = record.Recording?.Any(f => !string.IsNullOrEmpty(f?.Url)) == true;
        return new RoomRecording
        {
            Id = record.Id,
            RoomId = roomId,
            Provider = P,
            State = ready ? RoomRecordingState.Ready : raw ? RoomRecordingState.Processing : RoomRecordingState.Unknown,
            ProviderState = ready ? "transcoded" : raw ? "recorded" : null,
            StartedAt = TransDate(record.TransDate),
            RawRepresentation = record,
        };
    }

    /// <summary>The first transcoded (playable) file's URL, when there is one.</summary>
    private static Uri? PlayableUrl(EnableXArchiveRecord record) =>
        record.Transcoded?.Select(f => f?.Url).FirstOrDefault(u => !string.IsNullOrEmpty(u)) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    /// <summary><c>trans_date</c>: ISO 8601 in the archive's examples, a Unix timestamp in seconds in notifications.</summary>
    private static DateTimeOffset? TransDate(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 253_402_300_800)
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
    }
}
