using System.Runtime.CompilerServices;
using System.Text.Json;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX;

/// <summary>
/// <see cref="IRoomService"/> over EnableX: Instant → ad-hoc room, Scheduled → scheduled room (<c>scheduled_time</c> GMT +
/// <c>duration</c>), Permanent → permanent room. Join and host URLs are the embed meeting URLs built from the options.
/// Mapping only: HTTP, auth, retries, envelope checks and error mapping live in the pipeline behind <see cref="IEnableXApi"/>.
/// </summary>
internal sealed class EnableXRoomService : IRoomService
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
    };

    private readonly IEnableXApi _api;
    private readonly Func<EnableXOptions> _options;
    private readonly TimeProvider _time;

    public EnableXRoomService(IEnableXApi api, Func<EnableXOptions> options, TimeProvider time)
    {
        _api = api;
        _options = options;
        _time = time;
    }

    public string Provider => P;

    public RoomCapabilities Capabilities => EnableXCapabilities;

    public async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
    {
        var body = ToCreateRoom(RoomGuard.NotNull(P, request, nameof(request)));
        var answer = await _api.CreateRoomAsync(body, cancellationToken).ConfigureAwait(false);
        return ToRoom(answer?.Room, _options());
    }

    public async Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var answer = await _api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        return ToRoom(answer?.Room, _options());
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // EnableX documents no paging for GET /rooms: one request returns every room; PageSize is only range-checked.
        RoomGuard.PageSize(P, query?.PageSize, EnableXCapabilities.MaxPageSize);
        var answer = await _api.ListRoomsAsync(cancellationToken).ConfigureAwait(false);
        var options = _options();
        foreach (var room in answer?.Rooms ?? [])
        {
            yield return ToRoom(room, options);
        }
    }

    public async Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        RoomGuard.NotNull(P, request, nameof(request));
        if (request.IsEmpty)
        {
            throw new RoomValidationException(P, nameof(request), "sets nothing to change.");
        }

        var current = (await _api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false))?.Room ?? throw EmptyAnswer("room");
        var body = ToUpdateRoom(request, current);
        await _api.UpdateRoomAsync(roomId, body, cancellationToken).ConfigureAwait(false);
        return await GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return _api.DeleteRoomAsync(roomId, cancellationToken);
    }

    internal EnableXCreateRoomRequest ToCreateRoom(CreateRoomRequest request)
    {
        var options = _options();
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
                settings.Duration ??= request.EndsAt is { } end ? Minutes(EnableXTime.Truncate(end) - EnableXTime.Truncate(start)) : options.DefaultDurationMinutes;
                break;
            case RoomKind.Instant:
                settings.Scheduled = false;
                settings.Adhoc = true;
                settings.Duration ??= request.EndsAt is { } adhocEnd ? Minutes(adhocEnd - now) : null;
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
            settings.Duration = Minutes(until - from);
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

    internal static Room ToRoom(EnableXRoom? room, EnableXOptions options)
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
            JoinUrl = EnableXMeetingUrls.Participant(options.MeetingSubdomain, options.MeetingDomain, room.RoomId),
            HostUrl = EnableXMeetingUrls.Moderator(options.MeetingSubdomain, options.MeetingDomain, room.RoomId, options.AppId),
            StartsAt = startsAt,
            EndsAt = endsAt,
            CreatedAt = room.Created,
            Metadata = metadata,
            RawRepresentation = room,
        };
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

    private static int Minutes(TimeSpan span) => (int)Math.Max(1, Math.Ceiling(span.TotalMinutes - 1e-9));

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
}
