using Microsoft.Extensions.DependencyInjection;
using RoomClients.Providers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX;

/// <summary>
/// <see cref="IRoomService"/> over EnableX: Instant → ad-hoc room, Scheduled → scheduled room (<c>scheduled_time</c> GMT +
/// <c>duration</c>), Permanent → permanent room. Join and host URLs are the embed meeting URLs built from the options.
/// Mapping only: HTTP, auth, retries, envelope checks and error mapping live in the pipeline behind <see cref="IEnableXApi"/>.
/// </summary>
internal sealed partial class EnableXRoomService : RoomServiceAdapter, IRoomService, IRoomParticipantLinks, IRoomRecordings
{
    private const string P = RoomProviders.EnableX;

    private static readonly RoomCapabilities EnableXCapabilities = new()
    {
        SupportedKinds = [RoomKind.Instant, RoomKind.Scheduled, RoomKind.Permanent],
        CanUpdate = true,
        CanList = true,
        ListsInPages = false, // GET /rooms answers with every room at once
        CanDelete = true,
        SupportsTemplates = false,
        SupportsDisplayName = true,
        SupportsMetadata = true,
        SupportsAutomaticRecording = true,
        SupportsLocking = true,
        HasHostUrl = true,
        MaxPageSize = 1000,
        ParticipantRoles = [RoomParticipantRole.Guest, RoomParticipantRole.Host], // the embed meeting URLs: participant and moderator; no viewer URL
        SupportsParticipantNames = true, // the meeting URL's name parameter
        SupportsHostParticipantNames = true, // the moderator URL takes it too
        SupportsExternalParticipantIds = true, // the meeting URL's user_ref parameter, named again in CDRs and the live users list
        SupportsParticipantLinkExpiry = false, // meeting URLs do not expire; only SDK tokens do (15 minutes, single use)
        SupportsRecordings = true, // the archive: one record per recorded session
        CanDeleteRecordings = false, // EnableX has no API that deletes recordings
    };

    /// <summary>The longest room duration this SDK sends: one year in minutes (EnableX documents no upper bound; an int of minutes is 4,000 years).</summary>
    internal const int MaxDurationMinutes = 366 * 24 * 60;

    private readonly Func<ProviderClient<IEnableXApi, EnableXOptions>> _client;
    private readonly TimeProvider _time;

    /// <summary>The meeting host last built from the options (subdomain and domain), reused while they are unchanged.</summary>
    private MeetingHostEntry? _meetingHost;

    /// <param name="client">Returns the registration's client with its options snapshot; taken once per operation, so the
    /// meeting URLs of an answer are built from the options (APP_ID, subdomain) its request was sent with.</param>
    /// <param name="time">The clock.</param>
    public EnableXRoomService(Func<ProviderClient<IEnableXApi, EnableXOptions>> client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public string Provider => P;

    public RoomCapabilities Capabilities => EnableXCapabilities;

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        RoomServiceLookup.Find(serviceType, serviceKey, this, Capabilities, _client().Api);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken)
    {
        var client = _client();
        var body = ToCreateRoom(RoomGuard.NotNull(P, request, nameof(request)), client.Options);
        var answer = await client.Api.CreateRoomAsync(body, cancellationToken).ConfigureAwait(false);
        return ToRoom(answer?.Room, client.Options);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var client = _client();
        var answer = await client.Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        return ToRoom(answer?.Room, client.Options);
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // EnableX documents no paging for GET /rooms: one request returns every room; PageSize is only range-checked.
        RoomGuard.PageSize(P, query?.PageSize, EnableXCapabilities.MaxPageSize);
        var client = _client();
        var answer = await client.Api.ListRoomsAsync(cancellationToken).ConfigureAwait(false);
        var rooms = answer?.Rooms ?? [];
        var paging = new PagingGuard(P, pageSize: null);
        paging.Page(rooms.Count, continuation: null);
        foreach (var room in rooms)
        {
            paging.Item(room?.RoomId); // one answer, but the same room twice is still a broken list
            yield return ToRoom(room, client.Options);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        RoomGuard.NotNull(P, request, nameof(request));
        if (request.IsEmpty)
        {
            throw new RoomValidationException(P, nameof(request), "sets nothing to change.");
        }

        var client = _client(); // read, update and read again with one snapshot
        var current = (await client.Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false))?.Room ?? throw EmptyAnswer("room");
        var body = ToUpdateRoom(request, current);
        await client.Api.UpdateRoomAsync(roomId, body, cancellationToken).ConfigureAwait(false);
        var answer = await client.Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        return ToRoom(answer?.Room, client.Options);
    }

    public override ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return new(_client().Api.DeleteRoomAsync(roomId, cancellationToken));
    }

    internal EnableXCreateRoomRequest ToCreateRoom(CreateRoomRequest request, EnableXOptions options)
    {
        var now = _time.GetUtcNow();
        var kind = RoomSupport.Check(P, EnableXCapabilities, request, now, static feature => feature switch
        {
            "CreateRoomRequest.TemplateId" => "Set EnableXRoomOptions.Settings instead.",
            "CreateRoomRequest.StartsAt" => "Create a Scheduled room (or leave Kind unset) to set a start; ad-hoc rooms start when first used.",
            "CreateRoomRequest.EndsAt" => "Permanent rooms are always available.",
            _ => null,
        });
        var extras = request.GetProviderOptions<EnableXRoomOptions>();
        var settings = Clone(extras?.Settings);

        CheckKindKeys(settings, kind);
        switch (kind)
        {
            case RoomKind.Scheduled:
                // scheduled_time has whole seconds and duration whole minutes: both ends are cut to the second alike, so a
                // whole-minute window keeps its length, and a whole-second start and end come back exactly.
                var start = request.StartsAt!.Value;
                settings.Scheduled = true;
                settings.Adhoc = false;
                settings.ScheduledTime = EnableXTime.Format(start);
                settings.Duration ??= request.EndsAt is { } end ? Minutes(EnableXTime.Truncate(end) - EnableXTime.Truncate(start), "EndsAt") : options.DefaultDurationMinutes;
                break;
            case RoomKind.Instant:
                settings.Scheduled = false;
                settings.Adhoc = true;
                settings.Duration ??= request.EndsAt is { } adhocEnd ? Minutes(adhocEnd - now, "EndsAt") : null;
                break;
            default:
                settings.Scheduled = false;
                settings.Adhoc = false;
                break;
        }

        settings.Mode ??= extras?.Mode == EnableXRoomMode.Lecture ? "lecture" : "group";
        settings.Moderators ??= options.DefaultModerators;
        settings.Participants ??= options.DefaultParticipants;
        if (request.RecordAutomatically is { } record)
        {
            settings.AutoRecording = record;
        }

        if (request.Locked is { } locked)
        {
            settings.Knock = locked;
        }

        CheckSettings(settings);
        var ownerRef = extras?.OwnerRef ?? options.DefaultOwnerRef;
        if (string.IsNullOrWhiteSpace(ownerRef))
        {
            throw new RoomValidationException(P, "EnableXRoomOptions.OwnerRef", "must not be empty.");
        }

        return new EnableXCreateRoomRequest
        {
            Name = string.IsNullOrWhiteSpace(request.DisplayName) ? options.DefaultRoomName : request.DisplayName,
            OwnerRef = ownerRef,
            Settings = settings,
            Sip = extras?.EnableSip is { } sip ? new EnableXSip { Enabled = sip } : null,
            Data = ToData(request.Metadata),
        };
    }

    internal EnableXUpdateRoomRequest ToUpdateRoom(UpdateRoomRequest request, EnableXRoom current)
    {
        var extras = request.GetProviderOptions<EnableXRoomOptions>();
        RoomGuard.Unsupported(P, extras?.Mode is not null || extras?.Settings?.Mode is not null, "EnableXRoomOptions.Mode", "EnableX does not allow changing a room's mode.");
        var settings = Clone(extras?.Settings);
        if (settings.Scheduled is not null || settings.Adhoc is not null)
        {
            throw new RoomFeatureNotSupportedException(P, "room kind", "EnableX does not allow changing a room's type (result 10106).");
        }

        var kind = KindOf(current.Settings);
        var now = _time.GetUtcNow();
        if (request.StartsAt is { } start)
        {
            RoomGuard.Unsupported(P, kind != RoomKind.Scheduled, "UpdateRoomRequest.StartsAt", "only scheduled rooms have a start time.");
            RoomGuard.Future(P, start, now, "StartsAt");
            settings.ScheduledTime = EnableXTime.Format(start);
        }

        if (request.EndsAt is { } end)
        {
            RoomGuard.Unsupported(P, kind == RoomKind.Permanent, "UpdateRoomRequest.EndsAt", "permanent rooms have no end.");
            RoomGuard.Future(P, end, now, "EndsAt");
            // The duration counts from what EnableX stores: scheduled_time (whole seconds, so the end is cut to the second
            // alike) or the creation time. Counting from the asked start instead made a second-precision start plus a
            // sub-second end round up a whole minute.
            var (from, until) = kind == RoomKind.Scheduled
                ? (EnableXTime.Truncate(request.StartsAt ?? EnableXTime.Parse(current.Settings?.ScheduledTime) ?? now), EnableXTime.Truncate(end))
                : (current.Created ?? now, end);
            RoomGuard.Ordered(P, request.StartsAt ?? from, end, "EndsAt");
            settings.Duration = Minutes(until - from, "EndsAt");
        }

        if (request.RecordAutomatically is { } record)
        {
            settings.AutoRecording = record;
        }

        if (request.Locked is { } locked)
        {
            settings.Knock = locked;
        }

        CheckSettings(settings);
        return new EnableXUpdateRoomRequest
        {
            Name = request.DisplayName,
            OwnerRef = extras?.OwnerRef,
            Settings = IsEmpty(settings) ? null : settings,
            Sip = extras?.EnableSip is { } sip ? new EnableXSip { Enabled = sip } : null,
            Data = ToData(request.Metadata),
        };
    }

    internal Room ToRoom(EnableXRoom? room, EnableXOptions options)
    {
        if (room is null || string.IsNullOrEmpty(room.RoomId))
        {
            throw EmptyAnswer("room");
        }

        var kind = KindOf(room.Settings);
        DateTimeOffset? startsAt = null;
        DateTimeOffset? endsAt = null;
        var minutes = room.Settings?.Duration is > 0 and var d ? TimeSpan.FromMinutes(d) : (TimeSpan?)null;
        if (kind == RoomKind.Scheduled)
        {
            startsAt = EnableXTime.Parse(room.Settings?.ScheduledTime);
            endsAt = startsAt + minutes;
        }
        else if (kind == RoomKind.Instant)
        {
            endsAt = room.Created + minutes;
        }

        var metadata = RoomMetadata.Empty;
        if (room.Data is { Count: > 0 } data)
        {
            var strings = new RoomMetadata(data.Count);
            if (data is Dictionary<string, JsonElement> dictionary)
            {
                foreach (var (key, value) in dictionary) // the struct enumerator: nothing boxed
                {
                    AddString(strings, key, value);
                }
            }
            else
            {
                foreach (var (key, value) in data)
                {
                    AddString(strings, key, value);
                }
            }

            metadata = strings.OrEmpty();
        }

        return new Room
        {
            Id = room.RoomId,
            Provider = P,
            DisplayName = room.Name,
            Kind = kind,
            JoinUrl = MeetingUrl(options, room.RoomId, moderator: false),
            HostUrl = MeetingUrl(options, room.RoomId, moderator: true),
            StartsAt = startsAt,
            EndsAt = endsAt,
            CreatedAt = room.Created,
            Metadata = metadata,
            RawRepresentation = room,
        };
    }

    /// <summary>
    /// Builds the participant or moderator URL from options and the answered room id (no closure per room), and checks it
    /// like any answered URL. The host part is checked and built once per subdomain and domain, not per URL.
    /// </summary>
    private Uri MeetingUrl(EnableXOptions options, string roomId, bool moderator)
    {
        var field = moderator ? "moderator URL" : "participant URL";
        Uri url;
        try
        {
            var host = MeetingHost(options);
            url = moderator ? EnableXMeetingUrls.ModeratorOn(host, roomId, options.AppId) : EnableXMeetingUrls.ParticipantOn(host, roomId);
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException)
        {
            throw new RoomServiceException($"enablex: the room's {field} cannot be built from the answer and the options ({ex.GetType().Name}).", new RoomErrorDetails(P, errorCode: "invalid_room_url"), ex);
        }

        return RoomUrls.Web(P, url, field);
    }

    /// <summary>The checked meeting host of the options: the last one built while subdomain and domain are the same strings, else built and kept (one reference swap).</summary>
    private string MeetingHost(EnableXOptions options)
    {
        var last = _meetingHost;
        if (last is not null && string.Equals(last.Subdomain, options.MeetingSubdomain, StringComparison.Ordinal) && string.Equals(last.Domain, options.MeetingDomain, StringComparison.Ordinal))
        {
            return last.Host;
        }

        var host = EnableXMeetingUrls.MeetingHost(options.MeetingSubdomain, options.MeetingDomain); // ArgumentException for a host that is not a DNS name
        _meetingHost = new MeetingHostEntry(options.MeetingSubdomain, options.MeetingDomain, host);
        return host;
    }

    private static void AddString(RoomMetadata metadata, string key, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            metadata.Set(key, value.GetString()!);
        }
    }

    private static RoomKind KindOf(EnableXRoomSettings? settings) =>
        settings?.Scheduled == true ? RoomKind.Scheduled : settings?.Adhoc == true ? RoomKind.Instant : RoomKind.Permanent;

    private static void CheckKindKeys(EnableXRoomSettings settings, RoomKind kind)
    {
        var scheduled = kind == RoomKind.Scheduled;
        var adhoc = kind == RoomKind.Instant;
        if ((settings.Scheduled is { } s && s != scheduled) || (settings.Adhoc is { } a && a != adhoc))
        {
            throw new RoomValidationException(P, "EnableXRoomOptions.Settings", $"scheduled/adhoc contradict RoomKind.{kind}; leave them unset, the kind sets them.");
        }

        if (settings.ScheduledTime is not null)
        {
            throw new RoomValidationException(P, "EnableXRoomOptions.Settings.ScheduledTime", "leave it unset; set CreateRoomRequest.StartsAt.");
        }
    }

    private static void CheckSettings(EnableXRoomSettings settings)
    {
        Positive(settings.Duration, "duration");
        if (settings.Duration is > MaxDurationMinutes)
        {
            throw new RoomValidationException(P, "settings.duration", $"must be at most {MaxDurationMinutes} minutes (one year); was {settings.Duration}.");
        }

        Positive(settings.Participants, "participants");
        if (settings.Moderators is { } m && m is < 1 or > 5)
        {
            throw new RoomValidationException(P, "settings.moderators", $"must be between 1 and 5; was {m}.");
        }

        if (settings.MaxActiveTalkers is { } t && t is < 1 or > 16)
        {
            throw new RoomValidationException(P, "settings.max_active_talkers", $"must be between 1 and 16; was {t}.");
        }

        if (settings.Mode is { } mode && mode is not ("group" or "lecture"))
        {
            throw new RoomValidationException(P, "settings.mode", $"must be 'group' or 'lecture'; was '{mode}'.");
        }

        if (settings.Quality is { } quality && quality is not ("HD" or "SD" or "LD"))
        {
            throw new RoomValidationException(P, "settings.quality", $"must be HD, SD or LD; was '{quality}'.");
        }
    }

    private static void Positive(int? value, string field)
    {
        if (value is { } v && v < 1)
        {
            throw new RoomValidationException(P, $"settings.{field}", $"must be positive; was {v}.");
        }
    }

    private static int Minutes(TimeSpan span, string field)
    {
        var minutes = Math.Max(1, Math.Ceiling(span.TotalMinutes - 1e-9));
        if (minutes > MaxDurationMinutes)
        {
            // Never a silent int overflow or clamp: the room would last another time than the caller asked for.
            throw new RoomValidationException(P, field, $"the room would last {minutes:0} minutes; EnableX rooms made by this SDK last at most {MaxDurationMinutes} minutes (one year).");
        }

        return (int)minutes;
    }

    private static EnableXRoomSettings Clone(EnableXRoomSettings? settings) =>
        settings is null ? new EnableXRoomSettings()
            : JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(settings, EnableXJsonContext.Default.EnableXRoomSettings), EnableXJsonContext.Default.EnableXRoomSettings) ?? new EnableXRoomSettings();

    private static bool IsEmpty(EnableXRoomSettings settings) =>
        JsonSerializer.Serialize(settings, EnableXJsonContext.Default.EnableXRoomSettings) == "{}";

    private static Dictionary<string, JsonElement>? ToData(IDictionary<string, string> metadata)
    {
        if (metadata.Count == 0)
        {
            return null;
        }

        var data = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (key, value) in metadata)
        {
            data[key] = JsonSerializer.SerializeToElement(value, EnableXJsonContext.Default.String);
        }

        return data;
    }

    private static RoomServiceException EmptyAnswer(string what) =>
        new($"enablex: the answer lacks the {what} fields the API documents (room_id).", new RoomErrorDetails(P));

    private sealed class MeetingHostEntry(string subdomain, string domain, string host)
    {
        public string Subdomain { get; } = subdomain;

        public string Domain { get; } = domain;

        public string Host { get; } = host;
    }
}
