using System.Globalization;
using System.Runtime.CompilerServices;
using RoomClients.Providers;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>
/// <see cref="IRoomService"/> over Zoom: a room is a meeting of the configured host (<see cref="ZoomOptions.UserId"/>).
/// <see cref="RoomKind.Instant"/> is a meeting starting now (type 2 with <c>start_time</c> = now: an exact end, listed,
/// polls; Zoom's type 1 reads back as instant too), <see cref="RoomKind.Scheduled"/> a meeting booked ahead (type 2; type
/// 8 with a recurrence), <see cref="RoomKind.Permanent"/> a recurring meeting without fixed time (type 3),
/// which Zoom keeps until it is deleted (or unused for a year). <see cref="Room.HostUrl"/> is Zoom's <c>start_url</c>,
/// valid for 2 hours: <see cref="IRoomService.GetRoomAsync"/> always returns a fresh one. Mapping only: HTTP, OAuth, retries and
/// error mapping live in the pipeline behind <see cref="IZoomApi"/>.
/// </summary>
internal sealed partial class ZoomRoomService : RoomServiceAdapter, IRoomService, IRoomParticipantLinks, IRoomRecordings
{
    private const string P = RoomProviders.Zoom;
    private const int MaxTopicLength = 200;
    private const int MaxAgendaLength = 2000;
    private const int MaxDurationMinutes = 60 * 24 * 30; // a month: beyond that a meeting is recurring, not long
    private static readonly TimeSpan InstantWindow = TimeSpan.FromMinutes(1);

    private static readonly RoomCapabilities ZoomCapabilities = new()
    {
        SupportedKinds = [RoomKind.Instant, RoomKind.Scheduled, RoomKind.Permanent],
        CanUpdate = true,
        CanList = true,
        CanDelete = true,
        SupportsTemplates = true,
        SupportsDisplayName = true,
        SupportsMetadata = false,
        SupportsAutomaticRecording = true,
        SupportsLocking = true,
        HasHostUrl = true,
        ListsInPages = true,
        MaxPageSize = 300,
        ParticipantRoles = [RoomParticipantRole.Guest, RoomParticipantRole.Host], // a meeting has no watch-only participant (webinars do)
        SupportsParticipantNames = true, // a guest is a registrant: the name is its first and last name
        SupportsHostParticipantNames = false, // start_url logs in as the host user, under that user's Zoom name
        SupportsExternalParticipantIds = false, // a registrant carries no application id; only Meeting SDK joins set customer_key
        SupportsParticipantLinkExpiry = false, // a registrant's join_url lasts as long as the meeting; start_url expires after 2 hours by itself
        RequiresParticipantEmail = true, // guests are registrants, registered by address
        SupportsRecordings = true,
        CanDeleteRecordings = true,
    };

    private readonly Func<ProviderClient<IZoomApi, ZoomOptions>> _client;
    private readonly TimeProvider _time;

    /// <param name="client">Returns the registration's client with its options snapshot; taken once per operation.</param>
    /// <param name="time">The clock.</param>
    public ZoomRoomService(Func<ProviderClient<IZoomApi, ZoomOptions>> client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public string Provider => P;

    public RoomCapabilities Capabilities => ZoomCapabilities;

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        RoomServiceLookup.Find(serviceType, serviceKey, this, Capabilities, _client().Api);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken)
    {
        RoomGuard.NotNull(P, request, nameof(request));
        var client = _client();
        var extras = request.GetProviderOptions<ZoomRoomOptions>();
        var userId = RoomGuard.Id(P, extras?.UserId ?? client.Options.UserId, extras?.UserId is null ? "ZoomOptions.UserId" : "ZoomRoomOptions.UserId");
        var body = ToCreateMeeting(request, extras, _time.GetUtcNow());
        var meeting = await client.Api.CreateMeetingAsync(userId, body, cancellationToken).ConfigureAwait(false);
        return ToRoom(meeting);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var meeting = await _client().Api.GetMeetingAsync(roomId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ToRoom(meeting);
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pageSize = RoomGuard.PageSize(P, query?.PageSize, ZoomCapabilities.MaxPageSize);
        var client = _client(); // one snapshot for the whole listing: every page goes to the same host with the same credentials
        var userId = RoomGuard.Id(P, client.Options.UserId, "ZoomOptions.UserId");
        var paging = new PagingGuard(P, pageSize, client.Options.MaxListPages);
        string? token = null;
        do
        {
            var page = await client.Api.ListMeetingsAsync(userId, "scheduled", pageSize, token, cancellationToken).ConfigureAwait(false)
                ?? throw Broken("the list answer is empty.");
            var meetings = page.Meetings ?? [];
            token = paging.Page(meetings.Count, string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken) ? page.NextPageToken : null;
            foreach (var item in meetings)
            {
                if (item is null)
                {
                    throw Broken("a listed meeting is null.");
                }

                paging.Item(item.Id.ToString(CultureInfo.InvariantCulture));
                yield return ToRoom(item);
            }
        }
        while (token is not null);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        RoomGuard.NotNull(P, request, nameof(request));
        RoomGuard.Unsupported(P, request.Metadata.Count > 0, "UpdateRoomRequest.Metadata", "Zoom stores no metadata on meetings; use ZoomRoomOptions.TrackingFields or the agenda.");
        var extras = request.GetProviderOptions<ZoomRoomOptions>();
        if (extras?.UserId is not null)
        {
            throw new RoomValidationException(P, "ZoomRoomOptions.UserId", "cannot change the host of an existing meeting; use ScheduleFor or Settings.AlternativeHosts.");
        }

        var client = _client(); // one snapshot for the get, the patch and the get again
        if (request.IsEmpty)
        {
            return ToRoom(await client.Api.GetMeetingAsync(roomId, cancellationToken: cancellationToken).ConfigureAwait(false));
        }

        var now = _time.GetUtcNow();
        DateTimeOffset? start = request.StartsAt is { } asked ? ToSecond(asked) : null;
        if (request.EndsAt is not null && start is null)
        {
            // Zoom stores a duration, not an end: it is counted from the meeting's current start.
            var current = await client.Api.GetMeetingAsync(roomId, cancellationToken: cancellationToken).ConfigureAwait(false);
            start = current?.StartTime ?? now;
        }

        RoomGuard.Ordered(P, start, request.EndsAt, "EndsAt");
        RoomGuard.Future(P, request.EndsAt, now, "EndsAt");
        var body = new ZoomMeetingRequest
        {
            Topic = Topic(request.DisplayName, "UpdateRoomRequest.DisplayName"),
            StartTime = request.StartsAt is null ? null : start,
            Duration = request.EndsAt is { } end ? Minutes(end - start!.Value, "UpdateRoomRequest.EndsAt") : null,
        };
        Apply(body, extras, request.Locked, request.RecordAutomatically, "UpdateRoomRequest");
        await client.Api.UpdateMeetingAsync(roomId, body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ToRoom(await client.Api.GetMeetingAsync(roomId, cancellationToken: cancellationToken).ConfigureAwait(false)); // 204 has no body; the get also refreshes start_url
    }

    public override ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return new(_client().Api.DeleteMeetingAsync(roomId, cancellationToken: cancellationToken));
    }

    internal static ZoomMeetingRequest ToCreateMeeting(CreateRoomRequest request, ZoomRoomOptions? extras, DateTimeOffset now)
    {
        // The neutral rules, shared by every provider: what Zoom cannot honour, a kind from the lifetime when unset, times.
        var kind = RoomSupport.Check(P, ZoomCapabilities, request, now, static feature => feature switch
        {
            "CreateRoomRequest.StartsAt" => "Use RoomKind.Scheduled (or leave Kind unset) for a meeting with a start.",
            "CreateRoomRequest.EndsAt" => "A permanent Zoom meeting (recurring, no fixed time) lives until it is deleted; use RoomKind.Scheduled or Instant for one with an end.",
            "CreateRoomRequest.Metadata" => "Zoom stores no metadata on meetings; use ZoomRoomOptions.TrackingFields or the agenda.",
            _ => null,
        });
        if (request.TemplateId is not null)
        {
            RoomGuard.Id(P, request.TemplateId, "CreateRoomRequest.TemplateId");
        }

        RoomGuard.Unsupported(P, extras?.Recurrence is not null && kind != RoomKind.Scheduled, "ZoomRoomOptions.Recurrence",
            $"a RoomKind.{kind} Zoom meeting does not recur at fixed times; use RoomKind.Scheduled with a start.");
        int type;
        DateTimeOffset? startTime = null;
        int? duration = null;
        switch (kind)
        {
            case RoomKind.Instant:
                // A meeting that starts now: sent as a scheduled meeting (type 2) starting at this second, so its end is exact
                // (Zoom counts whole minutes from start_time), it is listed (Zoom never lists type 1) and it has polls.
                type = 2;
                startTime = ToSecond(now);
                duration = request.EndsAt is { } instantEnd ? Minutes(instantEnd - startTime.Value, "CreateRoomRequest.EndsAt") : null;
                break;
            case RoomKind.Scheduled:
                type = extras?.Recurrence is null ? 2 : 8;
                startTime = ToSecond(request.StartsAt!.Value); // RoomSupport.Check requires it; Zoom keeps whole seconds
                duration = request.EndsAt is { } end ? Minutes(end - startTime.Value, "CreateRoomRequest.EndsAt") : null;
                break;
            default:
                type = 3; // Permanent: recurring without fixed time; no start, no end (RoomSupport.Check refuses both)
                break;
        }

        var body = new ZoomMeetingRequest
        {
            Topic = Topic(request.DisplayName, "CreateRoomRequest.DisplayName"),
            Type = type,
            StartTime = startTime,
            Duration = duration,
            TemplateId = request.TemplateId,
            Recurrence = extras?.Recurrence,
        };
        Apply(body, extras, request.Locked, request.RecordAutomatically, "CreateRoomRequest");
        return body;
    }

    private static void Apply(ZoomMeetingRequest body, ZoomRoomOptions? extras, bool? locked, bool? record, string requestName)
    {
        if (locked is not null && extras?.Settings?.WaitingRoom is not null)
        {
            throw new RoomValidationException(P, $"{requestName}.Locked", "set either Locked or ZoomRoomOptions.Settings.WaitingRoom, not both.");
        }

        if (record is not null && extras?.Settings?.AutoRecording is not null)
        {
            throw new RoomValidationException(P, $"{requestName}.RecordAutomatically", "set either RecordAutomatically or ZoomRoomOptions.Settings.AutoRecording, not both.");
        }

        if (extras?.Password is { } password && (password.Length > 10 || password.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '@' or '-' or '_' or '*'))))
        {
            throw new RoomValidationException(P, "ZoomRoomOptions.Password", "must be at most 10 characters of a-z, A-Z, 0-9, @, -, _ and *.");
        }

        if (extras?.Agenda is { Length: > MaxAgendaLength })
        {
            throw new RoomValidationException(P, "ZoomRoomOptions.Agenda", $"must be at most {MaxAgendaLength} characters.");
        }

        if (extras?.Settings?.AutoRecording is { } auto && auto is not ("local" or "cloud" or "none"))
        {
            throw new RoomValidationException(P, "ZoomRoomOptions.Settings.AutoRecording", "must be local, cloud or none.");
        }

        var settings = extras?.Settings is { } given ? Copy(given) : null;
        if (locked is not null || record is not null)
        {
            settings ??= new ZoomMeetingSettings();
            settings.WaitingRoom = locked ?? settings.WaitingRoom;
            settings.AutoRecording = record switch { true => "cloud", false => "none", null => settings.AutoRecording };
        }

        body.Settings = settings;
        body.Password = extras?.Password;
        body.Agenda = extras?.Agenda;
        body.Timezone = extras?.Timezone;
        body.ScheduleFor = extras?.ScheduleFor;
        body.TrackingFields = extras is { TrackingFields.Count: > 0 } ? [.. extras.TrackingFields] : null;
    }

    private static ZoomMeetingSettings Copy(ZoomMeetingSettings s) => new()
    {
        HostVideo = s.HostVideo, ParticipantVideo = s.ParticipantVideo, JoinBeforeHost = s.JoinBeforeHost, JbhTime = s.JbhTime,
        MuteUponEntry = s.MuteUponEntry, Watermark = s.Watermark, UsePmi = s.UsePmi, ApprovalType = s.ApprovalType,
        RegistrationType = s.RegistrationType, Audio = s.Audio, AutoRecording = s.AutoRecording, AlternativeHosts = s.AlternativeHosts,
        AlternativeHostsEmailNotification = s.AlternativeHostsEmailNotification, WaitingRoom = s.WaitingRoom,
        MeetingAuthentication = s.MeetingAuthentication, AuthenticationOption = s.AuthenticationOption, AuthenticationDomains = s.AuthenticationDomains,
        EncryptionType = s.EncryptionType, AllowMultipleDevices = s.AllowMultipleDevices, CloseRegistration = s.CloseRegistration,
        RegistrantsEmailNotification = s.RegistrantsEmailNotification, RegistrantsConfirmationEmail = s.RegistrantsConfirmationEmail,
        ShowShareButton = s.ShowShareButton, ContactName = s.ContactName, ContactEmail = s.ContactEmail, CnMeeting = s.CnMeeting,
        InMeeting = s.InMeeting, EnforceLogin = s.EnforceLogin, EnforceLoginDomains = s.EnforceLoginDomains,
        GlobalDialInCountries = s.GlobalDialInCountries, GlobalDialInNumbers = null,
    };

    private static string? Topic(string? displayName, string field)
    {
        if (displayName is null)
        {
            return null; // Zoom names it "Zoom Meeting"
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > MaxTopicLength || displayName.Any(char.IsControl))
        {
            throw new RoomValidationException(P, field, $"must be 1 to {MaxTopicLength} characters without control characters.");
        }

        return displayName;
    }

    /// <summary>A duration in whole minutes, rounded up so the meeting lasts at least as long as asked.</summary>
    private static int Minutes(TimeSpan length, string field)
    {
        var minutes = Math.Ceiling(length.TotalMinutes - 1e-9); // whole minutes stay whole
        if (minutes < 1 || minutes > MaxDurationMinutes)
        {
            throw new RoomValidationException(P, field, $"must lie between 1 minute and {MaxDurationMinutes / 60 / 24} days after the start; was {length}.");
        }

        return (int)minutes;
    }

    internal static Room ToRoom(ZoomMeeting? meeting)
    {
        if (meeting is null || meeting.Id <= 0)
        {
            throw Broken("the answer lacks the meeting's id.");
        }

        var metadata = new RoomMetadata(6);
        metadata.Set("uuid", meeting.Uuid);
        metadata.Set("host_id", meeting.HostId);
        metadata.Set("status", meeting.Status);
        metadata.Set("timezone", meeting.Timezone);
        metadata.Set("password", meeting.Password);
        metadata.Set("registration_url", meeting.RegistrationUrl?.ToString());
        return new Room
        {
            Id = meeting.Id.ToString(CultureInfo.InvariantCulture),
            Provider = P,
            DisplayName = meeting.Topic,
            Kind = KindOf(meeting.Type, meeting.StartTime, meeting.CreatedAt),
            JoinUrl = RoomUrls.Web(P, meeting.JoinUrl, "join_url"),
            HostUrl = meeting.StartUrl is null ? null : RoomUrls.Web(P, meeting.StartUrl, "start_url"),
            StartsAt = meeting.StartTime,
            EndsAt = EndOf(meeting.Type, meeting.StartTime, meeting.Duration),
            CreatedAt = meeting.CreatedAt,
            Metadata = metadata.OrEmpty(),
            RawRepresentation = meeting,
        };
    }

    internal static Room ToRoom(ZoomMeetingListItem item)
    {
        if (item.Id <= 0)
        {
            throw Broken("a listed meeting lacks its id.");
        }

        var metadata = new RoomMetadata(3);
        metadata.Set("uuid", item.Uuid);
        metadata.Set("host_id", item.HostId);
        metadata.Set("timezone", item.Timezone);
        return new Room
        {
            Id = item.Id.ToString(CultureInfo.InvariantCulture),
            Provider = P,
            DisplayName = item.Topic,
            Kind = KindOf(item.Type, item.StartTime, item.CreatedAt),
            JoinUrl = RoomUrls.Web(P, item.JoinUrl, "join_url"),
            HostUrl = null, // the list has no start_url: GetRoomAsync returns a fresh one
            StartsAt = item.StartTime,
            EndsAt = EndOf(item.Type, item.StartTime, item.Duration),
            CreatedAt = item.CreatedAt,
            Metadata = metadata.OrEmpty(),
            RawRepresentation = item,
        };
    }

    /// <summary>
    /// Zoom's type as a neutral kind: type 1 (instant) and a scheduled meeting that starts when it was created (within a
    /// minute: what <see cref="RoomKind.Instant"/> creates) are instant; type 3 (no fixed time) is permanent; a meeting
    /// booked ahead (type 2) and fixed-time recurrences (type 8) are scheduled, as are types Zoom may add.
    /// </summary>
    private static RoomKind KindOf(int type, DateTimeOffset? start, DateTimeOffset? created) => type switch
    {
        1 => RoomKind.Instant,
        3 => RoomKind.Permanent,
        2 when start is { } s && created is { } c && s - c <= InstantWindow => RoomKind.Instant,
        _ => RoomKind.Scheduled,
    };

    /// <summary>Zoom stores whole seconds: a time is cut to its second before anything is counted from it.</summary>
    private static DateTimeOffset ToSecond(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static DateTimeOffset? EndOf(int type, DateTimeOffset? start, int? duration) =>
        type != 3 && start is { } s && duration is > 0 and <= MaxDurationMinutes ? s.AddMinutes(duration.Value) : null;

    private static RoomServiceException Broken(string what) => new($"zoom: {what}", new RoomErrorDetails(P));
}
