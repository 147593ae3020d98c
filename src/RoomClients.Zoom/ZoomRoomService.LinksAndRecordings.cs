using System.Runtime.CompilerServices;
using RoomClients.Providers;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>
/// Participant links and cloud recordings. A host link is the meeting's <c>start_url</c> (fetched fresh; Zoom lets it start
/// the meeting for 2 hours); a guest link is a registrant's own <c>join_url</c> (<c>POST /meetings/{id}/registrants</c>,
/// auto-approved), registered by e-mail address. A recording is one file of the meeting's last
/// instance (<c>GET /meetings/{id}/recordings</c>); its download link carries a download access token valid for
/// <see cref="RecordingLinkLifetime"/>.
/// </summary>
internal sealed partial class ZoomRoomService
{
    /// <summary>How long Zoom lets a <c>start_url</c> start the meeting (normal users; custCreate users get 90 days).</summary>
    internal static readonly TimeSpan StartUrlLifetime = TimeSpan.FromHours(2);

    /// <summary>The lifetime asked for a recording's download access token (<c>ttl</c>).</summary>
    internal static readonly TimeSpan RecordingLinkLifetime = TimeSpan.FromHours(1);

    private const int MaxRegistrantNameLength = 64; // first_name and last_name, each
    private const int MaxRegistrantEmailLength = 128;
    private const string NoRecordingCode = "3301"; // "This recording does not exist": a meeting without cloud recordings

    public async Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        ParticipantGuard.Link(P, ZoomCapabilities, roomId, request, now);
        var client = _client();
        if (request.Role == RoomParticipantRole.Host)
        {
            var meeting = await client.Api.GetMeetingAsync(roomId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (meeting?.StartUrl is null)
            {
                throw Broken("the meeting answer lacks start_url.");
            }

            return new ParticipantLink
            {
                Url = RoomUrls.Web(P, meeting.StartUrl, "start_url"),
                Role = RoomParticipantRole.Host,
                RoomId = roomId,
                Provider = P,
                ExpiresAt = now + StartUrlLifetime,
                RawRepresentation = meeting,
            };
        }

        var body = Registrant(request.Email!, request.DisplayName); // ParticipantGuard requires the address for every role but the host's
        var registrant = await client.Api.AddRegistrantAsync(roomId, body, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (registrant?.JoinUrl is null)
        {
            // Zoom leaves join_url out when the meeting approves registrants by hand (approval_type 1).
            throw new RoomConflictException(
                $"zoom: meeting {roomId} registered the guest but gave no join URL: it approves registrants manually (approval_type 1).",
                new RoomErrorDetails(P, errorCode: "registrant_pending"));
        }

        return new ParticipantLink
        {
            Url = RoomUrls.Web(P, registrant.JoinUrl, "join_url"),
            Role = RoomParticipantRole.Guest,
            RoomId = roomId,
            Provider = P,
            DisplayName = request.DisplayName,
            RawRepresentation = registrant,
        };
    }

    public async IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recordings(P, ZoomCapabilities, roomId, "ListRecordings");
        var recordings = await FetchRecordingsAsync(_client(), roomId, withToken: false, cancellationToken).ConfigureAwait(false);
        var files = recordings?.RecordingFiles ?? [];
        var paging = new PagingGuard(P, pageSize: null); // one answer per meeting instance: not paged
        paging.Page(files.Count, continuation: null);
        foreach (var file in files)
        {
            paging.Item(file?.Id);
            yield return ToRecording(roomId, file);
        }
    }

    public async Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        var (room, id) = ParticipantGuard.Recording(P, ZoomCapabilities, roomId, recordingId, deleting: false);
        var now = _time.GetUtcNow();
        var recordings = await FetchRecordingsAsync(_client(), room, withToken: true, cancellationToken).ConfigureAwait(false);
        var file = recordings?.RecordingFiles?.FirstOrDefault(f => string.Equals(f?.Id, id, StringComparison.Ordinal))
            ?? throw new RoomNotFoundException($"zoom: meeting {room} has no recording file '{id}'.", new RoomErrorDetails(P, System.Net.HttpStatusCode.NotFound, NoRecordingCode));
        if (StateOf(file.Status) != RoomRecordingState.Ready)
        {
            throw new RoomConflictException(
                $"zoom: recording file '{id}' of meeting {room} is not ready to download (status '{file.Status}').", new RoomErrorDetails(P, errorCode: file.Status));
        }

        if (file.DownloadUrl is null || string.IsNullOrEmpty(recordings!.DownloadAccessToken))
        {
            throw Broken("the recordings answer lacks download_url or download_access_token.");
        }

        var download = RoomUrls.Web(P, file.DownloadUrl, "download_url");
        var separator = string.IsNullOrEmpty(download.Query) ? "?" : "&";
        return new RoomRecordingLink
        {
            Url = new Uri(download.AbsoluteUri + separator + "access_token=" + Uri.EscapeDataString(recordings.DownloadAccessToken)),
            ExpiresAt = now + RecordingLinkLifetime,
        };
    }

    public Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        var (room, id) = ParticipantGuard.Recording(P, ZoomCapabilities, roomId, recordingId, deleting: true);
        return _client().Api.DeleteRecordingFileAsync(room, id, "trash", cancellationToken); // Zoom's default: recoverable for 30 days
    }

    /// <summary>The meeting's recordings, or <see langword="null"/> when it has none (Zoom: 404, code 3301).</summary>
    private static async Task<ZoomMeetingRecordings?> FetchRecordingsAsync(ProviderClient<IZoomApi, ZoomOptions> client, string roomId, bool withToken, CancellationToken cancellationToken)
    {
        try
        {
            return await client.Api.GetMeetingRecordingsAsync(
                roomId,
                withToken ? "download_access_token" : null,
                withToken ? (int)RecordingLinkLifetime.TotalSeconds : null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (RoomNotFoundException ex) when (ex.ErrorCode == NoRecordingCode)
        {
            return null;
        }
    }

    internal static RoomRecording ToRecording(string roomId, ZoomRecordingFile? file)
    {
        if (file is null || string.IsNullOrEmpty(file.Id))
        {
            throw Broken("a recording file lacks its id.");
        }

        var duration = file.RecordingStart is { } start && file.RecordingEnd is { } end && end > start ? end - start : (TimeSpan?)null;
        return new RoomRecording
        {
            Id = file.Id,
            RoomId = roomId,
            Provider = P,
            State = StateOf(file.Status),
            ProviderState = file.Status,
            StartedAt = file.RecordingStart,
            Duration = duration,
            SizeInBytes = file.FileSize is > 0 ? file.FileSize : null,
            RawRepresentation = file,
        };
    }

    private static RoomRecordingState StateOf(string? status) => status switch
    {
        "completed" => RoomRecordingState.Ready,
        "processing" => RoomRecordingState.Processing,
        _ => RoomRecordingState.Unknown,
    };

    /// <summary>
    /// The registrant for a guest: the address, and a first name (required by Zoom) from <paramref name="displayName"/>, or
    /// from the address's local part when there is none, auto-approved so the answer carries the guest's join URL.
    /// </summary>
    internal static ZoomRegistrantRequest Registrant(string email, string? displayName)
    {
        if (email.Length > MaxRegistrantEmailLength)
        {
            throw new RoomValidationException(P, "ParticipantLinkRequest.Email", $"must be at most {MaxRegistrantEmailLength} characters for a Zoom registrant.");
        }

        var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
        var (first, last) = RegistrantName(displayName ?? local[..Math.Min(local.Length, MaxRegistrantNameLength)]);
        return new ZoomRegistrantRequest { Email = email, FirstName = first, LastName = last, AutoApprove = true };
    }

    /// <summary>A display name as a registrant's first and last name (at most 64 characters each), split at a space when longer.</summary>
    private static (string First, string? Last) RegistrantName(string name)
    {
        if (name.Length <= MaxRegistrantNameLength)
        {
            return (name, null);
        }

        var split = name.LastIndexOf(' ', MaxRegistrantNameLength);
        if (split < 1 || name.Length - split - 1 > MaxRegistrantNameLength)
        {
            throw new RoomValidationException(
                P, "ParticipantLinkRequest.DisplayName", $"Zoom registers a first and a last name of at most {MaxRegistrantNameLength} characters each; split a longer name with a space.");
        }

        return (name[..split].TrimEnd(), name[(split + 1)..].TrimStart());
    }
}
