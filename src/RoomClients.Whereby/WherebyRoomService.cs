using Microsoft.Extensions.DependencyInjection;
using RoomClients.Providers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby;

/// <summary>
/// <see cref="IRoomService"/> over Whereby: rooms are meetings, usable from creation until <c>endDate</c> (+1 h).
/// Mapping only: HTTP, auth, retries and error mapping live in the pipeline behind <see cref="IWherebyApi"/>.
/// </summary>
internal sealed partial class WherebyRoomService : RoomServiceAdapter, IRoomService
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

        // Links are the meeting's own URLs (room, host, viewer) with Whereby's displayName and externalId parameters;
        // they live as long as the room (endDate + 1 h), so no expiry can be asked for. Cloud recordings are listed by
        // the meeting's roomName, linked through access-link and deleted.
        ParticipantRoles = [RoomParticipantRole.Guest, RoomParticipantRole.Host, RoomParticipantRole.Viewer],
        SupportsParticipantNames = true,
        SupportsHostParticipantNames = true,
        SupportsExternalParticipantIds = true,
        SupportsParticipantLinkExpiry = false,
        SupportsRecordings = true,
        CanDeleteRecordings = true,
    };

    /// <summary>The longest <see cref="WherebyOptions.DefaultRoomLifetime"/> (and room) this SDK creates: one year.</summary>
    internal static readonly TimeSpan MaxRoomLifetime = TimeSpan.FromDays(366);

    private readonly Func<ProviderClient<IWherebyApi, WherebyOptions>> _client;
    private readonly TimeProvider _time;

    /// <param name="client">Returns the registration's client with its options snapshot; taken once per operation.</param>
    /// <param name="time">The clock.</param>
    public WherebyRoomService(Func<ProviderClient<IWherebyApi, WherebyOptions>> client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public string Provider => P;

    public RoomCapabilities Capabilities => WherebyCapabilities;

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        RoomServiceLookup.Find(serviceType, serviceKey, this, Capabilities, _client().Api);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken)
    {
        var client = _client();
        var body = ToCreateMeeting(RoomGuard.NotNull(P, request, nameof(request)), client.Options);
        var meeting = await client.Api.CreateMeetingAsync(body, cancellationToken).ConfigureAwait(false);
        return ToRoom(meeting);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var meeting = await _client().Api.GetMeetingAsync(roomId, HostFields, cancellationToken).ConfigureAwait(false);
        return ToRoom(meeting);
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var limit = RoomGuard.PageSize(P, query?.PageSize, WherebyCapabilities.MaxPageSize);
        var client = _client(); // one snapshot for the whole listing: every page goes to the same host with the same key
        var paging = new PagingGuard(P, limit, client.Options.MaxListPages);
        var meetings = Pages(paging, (cursor, ct) => client.Api.ListMeetingsAsync(cursor, limit, HostFields, ct), static m => m?.MeetingId, "ListMeetings", cancellationToken);
        await foreach (var meeting in meetings.ConfigureAwait(false))
        {
            yield return ToRoom(meeting);
        }
    }

    /// <summary>
    /// Follows Whereby's cursor from the first page to the last, each page and item checked by <paramref name="paging"/>.
    /// Only the items and the cursor are kept from a page, and they are dropped before the next request (the iterator's
    /// locals live as long as it does): one page is alive at a time, whatever the number of items.
    /// </summary>
    internal static async IAsyncEnumerable<T> Pages<T>(
        PagingGuard paging, Func<string?, CancellationToken, Task<WherebyPage<T>>> fetch, Func<T?, string?> id, string operation, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        string? cursor = null;
        do
        {
            WherebyPage<T>? page = await fetch(cursor, cancellationToken).ConfigureAwait(false) ?? throw EmptyAnswer(operation);
            IList<T>? items = page.Results;
            var count = items?.Count ?? 0;
            cursor = paging.Page(count, string.IsNullOrEmpty(page.Cursor) ? null : page.Cursor) ? page.Cursor : null;
            page = null;
            for (var i = 0; i < count; i++)
            {
                var item = items![i];
                paging.Item(id(item));
                yield return item;
            }

            items = null;
        }
        while (cursor is not null);
    }

    public override ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken) =>
        throw new RoomFeatureNotSupportedException(P, "UpdateRoom", "Whereby meetings cannot be changed after creation; delete the room and create a new one, or use the room theme endpoints of IWherebyApi.");

    public override ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return new(_client().Api.DeleteMeetingAsync(roomId, cancellationToken));
    }

    internal CreateMeetingRequest ToCreateMeeting(CreateRoomRequest request, WherebyOptions options)
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
        if (request.EndsAt is { } endsAt && endsAt - now > MaxRoomLifetime)
        {
            throw new RoomValidationException(P, "EndsAt", $"a Whereby room can live at most {MaxRoomLifetime.TotalDays:0} days; was {endsAt:O} (now {now:O}).");
        }

        if (request.EndsAt is null && (options.DefaultRoomLifetime <= TimeSpan.Zero || options.DefaultRoomLifetime > MaxRoomLifetime))
        {
            // Checked at start-up too; this is where the value is used (now + lifetime must not overflow).
            throw new RoomValidationException(P, "WherebyOptions.DefaultRoomLifetime", $"must be positive and at most {MaxRoomLifetime.TotalDays:0} days; was {options.DefaultRoomLifetime}.");
        }

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

        var joinUrl = RoomUrls.Web(P, meeting.RoomUrl, "roomUrl");
        var hostUrl = RoomUrls.OptionalWeb(P, meeting.HostRoomUrl, "hostRoomUrl");
        var metadata = new RoomMetadata(2);
        metadata.Set("roomName", meeting.RoomName);
        metadata.Set("viewerRoomUrl", RoomUrls.OptionalWeb(P, meeting.ViewerRoomUrl, "viewerRoomUrl")?.ToString());

        return new Room
        {
            Id = meeting.MeetingId,
            Provider = P,
            Kind = RoomKind.Instant,
            JoinUrl = joinUrl,
            HostUrl = hostUrl,
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
