using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby;

/// <summary>
/// <see cref="IRoomService"/> over Whereby: rooms are meetings, usable from creation until <c>endDate</c> (+1 h).
/// Mapping only: HTTP, auth, retries and error mapping live in the pipeline behind <see cref="IWherebyApi"/>.
/// </summary>
internal sealed partial class WherebyRoomService : IRoomService
{
    private const string P = RoomProviders.Whereby;
    private static readonly string[] HostFields = ["hostRoomUrl"];
    private static readonly string[] HostAndViewerFields = ["hostRoomUrl", "viewerRoomUrl"];

    private static readonly RoomCapabilities WherebyCapabilities = new()
    {
        SupportedKinds = [RoomKind.Instant],
        CanUpdate = false,
        CanList = true,
        CanDelete = true,
        SupportsTemplates = false,
        SupportsDisplayName = false,
        SupportsMetadata = false,
        SupportsAutomaticRecording = true,
        SupportsLocking = true,
        HasHostUrl = true,
        MaxPageSize = 100,
    };

    private readonly IWherebyApi _api;
    private readonly Func<WherebyOptions> _options;
    private readonly TimeProvider _time;

    public WherebyRoomService(IWherebyApi api, Func<WherebyOptions> options, TimeProvider time)
    {
        _api = api;
        _options = options;
        _time = time;
    }

    public string Provider => P;

    public RoomCapabilities Capabilities => WherebyCapabilities;

    public async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
    {
        var body = ToCreateMeeting(RoomGuard.NotNull(P, request, nameof(request)));
        var meeting = await _api.CreateMeetingAsync(body, cancellationToken).ConfigureAwait(false);
        return ToRoom(meeting);
    }

    public async Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var meeting = await _api.GetMeetingAsync(roomId, HostFields, cancellationToken).ConfigureAwait(false);
        return ToRoom(meeting);
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var limit = RoomGuard.PageSize(P, query?.PageSize, WherebyCapabilities.MaxPageSize);
        string? cursor = null;
        do
        {
            // Only the meetings and the cursor are kept from a page, and they are dropped before the next request (the
            // iterator's locals live as long as it does): one page is alive at a time, whatever the number of rooms.
            WherebyPage<Meeting>? page = await _api.ListMeetingsAsync(cursor, limit, HostFields, cancellationToken).ConfigureAwait(false)
                ?? throw EmptyAnswer("ListMeetings");
            IList<Meeting>? meetings = page.Results;
            var count = meetings?.Count ?? 0;
            cursor = string.IsNullOrEmpty(page.Cursor) || count == 0 ? null : page.Cursor;
            page = null;
            for (var i = 0; i < count; i++)
            {
                yield return ToRoom(meetings![i]);
            }

            meetings = null;
        }
        while (cursor is not null);
    }

    public Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default) =>
        throw new RoomFeatureNotSupportedException(P, "UpdateRoom", "Whereby meetings cannot be changed after creation; delete the room and create a new one, or use the room theme endpoints of IWherebyApi.");

    public Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return _api.DeleteMeetingAsync(roomId, cancellationToken);
    }

    internal CreateMeetingRequest ToCreateMeeting(CreateRoomRequest request)
    {
        var now = _time.GetUtcNow();
        RoomSupport.Check(P, WherebyCapabilities, request, now, static feature => feature switch
        {
            "CreateRoomRequest.StartsAt" or "RoomKind.Scheduled" or "RoomKind.Permanent" => "Whereby rooms are usable from creation until their end date; leave Kind unset and set EndsAt.",
            "CreateRoomRequest.DisplayName" => "Whereby rooms have generated names; use WherebyRoomOptions.RoomNamePrefix.",
            "CreateRoomRequest.TemplateId" => "Use WherebyRoomOptions.ViewerMode for the viewer-mode template.",
            "CreateRoomRequest.Metadata" => "Pass metadata in the room URL's query instead.",
            _ => null,
        });
        var options = _options();
        var extras = request.GetProviderOptions<WherebyRoomOptions>();

        if (extras?.Recording is not null && request.RecordAutomatically is not null)
        {
            throw new RoomValidationException(P, "RecordAutomatically", "set either RecordAutomatically or WherebyRoomOptions.Recording, not both.");
        }

        if (extras?.RoomNamePrefix is { } prefix && !RoomNamePrefixPattern().IsMatch(prefix))
        {
            throw new RoomValidationException(P, "WherebyRoomOptions.RoomNamePrefix", "must be at most 39 lowercase letters, digits or dashes.");
        }

        var recording = extras?.Recording ?? request.RecordAutomatically switch
        {
            true => new MeetingRecording { Type = "cloud", Destination = null, StartTrigger = "automatic" },
            false => new MeetingRecording { Type = "cloud", Destination = null, StartTrigger = "none" },
            null => null,
        };

        return new CreateMeetingRequest
        {
            EndDate = (request.EndsAt ?? now + options.DefaultRoomLifetime).ToUniversalTime(),
            IsLocked = request.Locked,
            RoomMode = extras?.RoomMode switch
            {
                WherebyRoomMode.Group => "group",
                WherebyRoomMode.Normal => "normal",
                _ => null,
            },
            RoomNamePrefix = extras?.RoomNamePrefix,
            RoomNamePattern = extras?.HumanShortRoomName == true ? "human-short" : null,
            TemplateType = extras?.ViewerMode == true ? "viewerMode" : null,
            Fields = extras?.IncludeViewerUrl == true || extras?.ViewerMode == true ? [.. HostAndViewerFields] : [.. HostFields],
            Recording = recording,
            LiveTranscription = extras?.LiveTranscription,
            Streaming = extras?.Streaming,
        };
    }

    internal static Room ToRoom(Meeting? meeting)
    {
        if (meeting is null || string.IsNullOrEmpty(meeting.MeetingId) || meeting.RoomUrl is null)
        {
            throw EmptyAnswer("meeting");
        }

        var metadata = new RoomMetadata(2);
        metadata.Set("roomName", meeting.RoomName);
        metadata.Set("viewerRoomUrl", meeting.ViewerRoomUrl?.ToString());

        return new Room
        {
            Id = meeting.MeetingId,
            Provider = P,
            Kind = RoomKind.Instant,
            JoinUrl = meeting.RoomUrl,
            HostUrl = meeting.HostRoomUrl,
            StartsAt = meeting.StartDate,
            EndsAt = meeting.EndDate,
            CreatedAt = meeting.StartDate,
            Metadata = metadata.OrEmpty(),
            RawRepresentation = meeting,
        };
    }

    private static RoomServiceException EmptyAnswer(string what) =>
        new($"whereby: the answer lacks the {what} fields the API documents (meetingId, roomUrl).", new RoomErrorDetails(P));

    [GeneratedRegex("^[a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoomNamePrefixPattern();
}
