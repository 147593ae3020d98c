using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoomClients.Daily.Models;

namespace RoomClients.Daily;

/// <summary>
/// <see cref="IRoomService"/> over Daily: <see cref="Room.Id"/> is the room name; <see cref="Room.JoinUrl"/> is the room
/// URL and <see cref="Room.HostUrl"/> the room URL with an owner meeting token (<c>?t=</c>) that expires with the room or
/// after <see cref="DailyOptions.MaxHostLinkLifetime"/>, whichever comes first. Create, get and update mint a fresh host
/// link; listing does not (one extra request per room), so listed rooms have no host URL.
/// Mapping only: HTTP, auth, retries and error mapping live in the pipeline behind <see cref="IDailyApi"/>.
/// </summary>
internal sealed partial class DailyRoomService : IRoomService
{
    private const string P = RoomProviders.Daily;
    private const int MaxPages = 100_000; // 10 million rooms at 100 a page: a listing that runs longer is a broken server
    private static readonly string[] Privacies = ["public", "private"];

    private static readonly RoomCapabilities DailyCapabilities = new()
    {
        SupportedKinds = [RoomKind.Instant, RoomKind.Scheduled, RoomKind.Permanent],
        CanUpdate = true,
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

    private readonly IDailyApi _api;
    private readonly Func<DailyOptions> _options;
    private readonly TimeProvider _time;

    public DailyRoomService(IDailyApi api, Func<DailyOptions> options, TimeProvider time)
    {
        _api = api;
        _options = options;
        _time = time;
    }

    public string Provider => P;

    public RoomCapabilities Capabilities => DailyCapabilities;

    public async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
    {
        var options = _options(); // one snapshot for the whole call
        var body = ToCreateRoom(RoomGuard.NotNull(P, request, nameof(request)), options);
        var created = await _api.CreateRoomAsync(body, cancellationToken).ConfigureAwait(false);
        var room = ToRoom(created, hostUrl: null, hostUrlExpires: null); // checks the answer before anything else is sent
        try
        {
            return await WithHostUrlAsync(created!, request.GetProviderOptions<DailyRoomOptions>()?.HostUserName, options, cancellationToken).ConfigureAwait(false);
        }
        catch (RoomServiceException ex)
        {
            throw await CompensateAsync(room.Id, ex, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var options = _options();
        var room = await _api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        ToRoom(room, null, null);
        return await WithHostUrlAsync(room!, null, options, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var limit = RoomGuard.PageSize(P, query?.PageSize, DailyCapabilities.MaxPageSize) ?? DailyCapabilities.MaxPageSize;
        string? cursor = null;
        long? total = null;
        long yielded = 0;
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        for (var pages = 1; ; pages++)
        {
            // Only the rooms are kept from a page, and dropped before the next request: one page is alive at a time.
            DailyPage<DailyRoom>? page = await _api.ListRoomsAsync(limit, cursor, null, cancellationToken).ConfigureAwait(false)
                ?? throw EmptyAnswer("room list", "data");
            total ??= page.TotalCount;
            IList<DailyRoom>? rooms = page.Data;
            page = null;
            var count = rooms?.Count ?? 0;
            for (var i = 0; i < count; i++)
            {
                yield return ToRoom(rooms![i], null, null);
            }

            yielded += count;
            if (count < limit || (total is { } all && yielded >= all))
            {
                yield break; // a short page is the last one; so is the page that reaches total_count
            }

            var next = rooms![count - 1]?.Id;
            rooms = null;
            if (string.IsNullOrEmpty(next))
            {
                throw BrokenPaging("the last room of a full page has no id to continue from");
            }

            if (!cursors.Add(next))
            {
                throw BrokenPaging($"the cursor '{Shorten(next)}' came back a second time, so the pages repeat");
            }

            if (pages >= MaxPages)
            {
                throw BrokenPaging($"more than {MaxPages} pages without an end");
            }

            cursor = next;
        }
    }

    public async Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var options = _options();
        var body = ToUpdateRoom(RoomGuard.NotNull(P, request, nameof(request)));
        var room = await _api.UpdateRoomAsync(roomId, body, cancellationToken).ConfigureAwait(false);
        ToRoom(room, null, null);
        return await WithHostUrlAsync(room!, request.GetProviderOptions<DailyRoomOptions>()?.HostUserName, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        await _api.DeleteRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
    }

    internal DailyCreateRoomRequest ToCreateRoom(CreateRoomRequest request, DailyOptions options)
    {
        var now = _time.GetUtcNow();
        // The neutral checks, shared by every provider: unset Kind fits the lifetime asked (a start → scheduled, else instant).
        var kind = RoomSupport.Check(P, DailyCapabilities, request, now, static feature => feature switch
        {
            "CreateRoomRequest.DisplayName" => "Daily rooms have a name (the id in their URL) but no display name; set DailyRoomOptions.Name for the name.",
            "CreateRoomRequest.TemplateId" => "Set the room's properties with DailyRoomOptions.Properties instead.",
            "CreateRoomRequest.Metadata" => "Daily stores no metadata on rooms.",
            "CreateRoomRequest.EndsAt" => "A Daily room without exp lives until deleted; leave Kind unset for a room that ends.",
            "CreateRoomRequest.StartsAt" => "Leave Kind unset (or Scheduled) for a room that opens later.",
            _ => null,
        });
        var extras = request.GetProviderOptions<DailyRoomOptions>();
        CheckTimes(request.StartsAt, extras?.Properties, now);
        var properties = Copy(extras?.Properties);
        if (extras?.Name is { } name && !RoomNamePattern().IsMatch(name))
        {
            throw new RoomValidationException(P, "DailyRoomOptions.Name", "must be 1 to 128 letters, digits, '-' or '_'.");
        }

        var exp = kind switch
        {
            RoomKind.Scheduled => request.EndsAt ?? (properties?.Expires is null ? request.StartsAt!.Value + options.DefaultRoomLifetime : null),
            RoomKind.Permanent => null,
            _ => request.EndsAt ?? (properties?.Expires is null ? now + options.DefaultRoomLifetime : null),
        };

        properties ??= new DailyRoomProperties();
        Merge(properties.Expires, WholeSecondUp(exp), "EndsAt", "Expires", v => properties.Expires = v);
        Merge(properties.NotBefore, request.StartsAt, "StartsAt", "NotBefore", v => properties.NotBefore = v);
        if (kind == RoomKind.Permanent && properties.Expires is not null)
        {
            throw new RoomValidationException(P, "DailyRoomOptions.Properties.Expires", "a permanent room has no end.");
        }

        var privacy = ApplyLocked(request.Locked, extras?.Privacy, properties);
        ApplyRecording(request.RecordAutomatically, properties, creating: true);
        return new DailyCreateRoomRequest { Name = extras?.Name, Privacy = privacy, Properties = properties };
    }

    internal DailyUpdateRoomRequest ToUpdateRoom(UpdateRoomRequest request)
    {
        if (request.IsEmpty)
        {
            throw new RoomValidationException(P, nameof(request), "has nothing to change.");
        }

        RoomGuard.Unsupported(P, request.DisplayName is not null, "UpdateRoomRequest.DisplayName", "Daily rooms have no display name.");
        RoomGuard.Unsupported(P, request.Metadata.Count > 0, "UpdateRoomRequest.Metadata", "Daily stores no metadata on rooms.");
        var extras = request.GetProviderOptions<DailyRoomOptions>();
        RoomGuard.Unsupported(P, extras?.Name is not null, "DailyRoomOptions.Name", "Daily rooms cannot be renamed; create a room with the new name.");
        RoomGuard.Future(P, request.EndsAt, _time.GetUtcNow(), "EndsAt");
        RoomGuard.Ordered(P, request.StartsAt, request.EndsAt, "EndsAt");

        CheckTimes(request.StartsAt, extras?.Properties, _time.GetUtcNow());
        var properties = Copy(extras?.Properties) ?? new DailyRoomProperties();
        Merge(properties.Expires, WholeSecondUp(request.EndsAt), "EndsAt", "Expires", v => properties.Expires = v);
        Merge(properties.NotBefore, request.StartsAt, "StartsAt", "NotBefore", v => properties.NotBefore = v);
        var privacy = ApplyLocked(request.Locked, extras?.Privacy, properties);
        ApplyRecording(request.RecordAutomatically, properties, creating: false);
        var empty = JsonSerializer.SerializeToUtf8Bytes(properties, DailyJsonContext.Default.DailyRoomProperties) is [(byte)'{', (byte)'}'];
        if (privacy is null && empty)
        {
            throw new RoomValidationException(P, nameof(request), "has nothing Daily can change.");
        }

        return new DailyUpdateRoomRequest { Privacy = privacy, Properties = empty ? null : properties };
    }

    /// <summary>Maps a Daily room; throws a typed error when the answer lacks what the API documents or carries a URL that is not http(s).</summary>
    internal static Room ToRoom(DailyRoom? room, Uri? hostUrl, DateTimeOffset? hostUrlExpires)
    {
        if (room is null || string.IsNullOrEmpty(room.Name) || room.Url is null)
        {
            throw EmptyAnswer("room", "name, url");
        }

        if (!DailyUrls.IsHttp(room.Url))
        {
            throw new RoomServiceException($"daily: the room URL of '{Shorten(room.Name)}' is not an absolute http(s) URL; the answer was refused.", new RoomErrorDetails(P));
        }

        try
        {
            RoomGuard.Id(P, room.Name, "name");
        }
        catch (RoomValidationException)
        {
            throw new RoomServiceException("daily: the answer names a room that is not a single path segment; it was refused.", new RoomErrorDetails(P));
        }

        var config = room.Config;
        var metadata = new RoomMetadata(4);
        metadata.Set("id", room.Id);
        metadata.Set("privacy", room.Privacy);
        metadata.Set("enable_recording", config?.EnableRecording);
        metadata.Set("hostUrlExpiresAt", hostUrlExpires?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return new Room
        {
            Id = room.Name,
            Provider = P,
            Kind = config?.Expires is null ? RoomKind.Permanent : config.NotBefore is null ? RoomKind.Instant : RoomKind.Scheduled,
            JoinUrl = room.Url,
            HostUrl = hostUrl,
            StartsAt = config?.NotBefore ?? room.CreatedAt,
            EndsAt = config?.Expires,
            CreatedAt = room.CreatedAt,
            Metadata = metadata.OrEmpty(),
            RawRepresentation = room,
        };
    }

    /// <summary>Builds the host link of <paramref name="room"/>: its URL with <c>?t=</c> an owner token for that room only.</summary>
    private async Task<Room> WithHostUrlAsync(DailyRoom room, string? hostUserName, DailyOptions options, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var latest = now + options.MaxHostLinkLifetime;
        var expires = room.Config?.Expires is { } roomExpires && roomExpires < latest ? roomExpires : latest;
        if (expires <= now)
        {
            return ToRoom(room, null, null); // the room has expired: no link can join it
        }

        var properties = new MeetingTokenProperties
        {
            RoomName = room.Name,
            IsOwner = true,
            Expires = expires,
            UserName = hostUserName,
            // Automatic recording (RecordAutomatically): the room allows cloud recording and the host's token starts it.
            StartCloudRecording = room.Config?.EnableRecording == DailyRecordingTypes.Cloud ? true : null,
        };
        var token = await _api.CreateMeetingTokenAsync(new MeetingTokenRequest { Properties = properties }, cancellationToken).ConfigureAwait(false);
        if (token?.Token is not { Length: > 0 } value)
        {
            throw EmptyAnswer("meeting token", "token");
        }

        if (!TokenPattern().IsMatch(value))
        {
            throw new RoomServiceException("daily: the meeting token in the answer is not a JWT (letters, digits, '-', '_' and '.'); it was refused.", new RoomErrorDetails(P));
        }

        var separator = string.IsNullOrEmpty(room.Url!.Query) ? "?" : "&";
        var hostUrl = new Uri(room.Url.GetLeftPart(UriPartial.Query) + separator + "t=" + value + room.Url.Fragment);
        return ToRoom(room, hostUrl, expires);
    }

    /// <summary>The room was created but its host link failed: delete it so no room is left behind, and say what happened.</summary>
    private async Task<RoomServiceException> CompensateAsync(string name, RoomServiceException cause, CancellationToken cancellationToken)
    {
        string outcome;
        try
        {
            await _api.DeleteRoomAsync(name, cancellationToken).ConfigureAwait(false);
            outcome = "the room was deleted again";
        }
        catch (RoomServiceException deleteFailure)
        {
            outcome = $"deleting it failed too ({deleteFailure.GetType().Name}: {deleteFailure.Message}); delete room '{name}' yourself or let it expire";
        }

        return new RoomServiceException(
            $"daily: room '{name}' was created but its host link could not be made ({cause.Message}); {outcome}.",
            new RoomErrorDetails(P, cause.StatusCode, cause.ErrorCode, cause.ProviderMessage, cause.RequestId),
            cause);
    }

    private static string? ApplyLocked(bool? locked, string? privacy, DailyRoomProperties properties)
    {
        if (privacy is not null && !Privacies.Contains(privacy, StringComparer.Ordinal))
        {
            throw new RoomValidationException(P, "DailyRoomOptions.Privacy", "must be 'public' or 'private'.");
        }

        if (locked is not { } isLocked)
        {
            return privacy;
        }

        var wanted = isLocked ? "private" : "public";
        if (privacy is not null && privacy != wanted)
        {
            throw new RoomValidationException(P, "Locked", $"Locked = {isLocked} means privacy '{wanted}'; DailyRoomOptions.Privacy says '{privacy}'. Set one of them.");
        }

        Merge(properties.EnableKnocking, isLocked, "Locked", "EnableKnocking", v => properties.EnableKnocking = v);
        return wanted;
    }

    private static void ApplyRecording(bool? recordAutomatically, DailyRoomProperties properties, bool creating)
    {
        switch (recordAutomatically)
        {
            case true:
                if (properties.EnableRecording is { } type && type != DailyRecordingTypes.Cloud)
                {
                    throw new RoomValidationException(P, "RecordAutomatically", $"automatic recording is a cloud recording; DailyRoomOptions.Properties.EnableRecording says '{type}'. Set one of them.");
                }

                properties.EnableRecording = DailyRecordingTypes.Cloud;
                break;
            case false when !creating:
                throw new RoomFeatureNotSupportedException(P, "UpdateRoomRequest.RecordAutomatically = false", "Daily documents no way to reset a room's enable_recording; create a new room without recording.");
            case false when properties.EnableRecording == DailyRecordingTypes.Cloud:
                throw new RoomValidationException(P, "RecordAutomatically", "a room with cloud recording records automatically when the host joins through Room.HostUrl; drop EnableRecording = cloud or RecordAutomatically = false.");
        }
    }

    /// <summary>Unix seconds cannot say a time before 1970; a Daily <c>exp</c> in the past makes a room that is deleted at once.</summary>
    private static void CheckTimes(DateTimeOffset? startsAt, DailyRoomProperties? properties, DateTimeOffset now)
    {
        if (startsAt < DateTimeOffset.UnixEpoch)
        {
            throw new RoomValidationException(P, "StartsAt", $"must be after 1970-01-01 (Daily times are unix seconds); was {startsAt:O}.");
        }

        if (properties?.NotBefore < DateTimeOffset.UnixEpoch)
        {
            throw new RoomValidationException(P, "DailyRoomOptions.Properties.NotBefore", "must be after 1970-01-01 (Daily times are unix seconds).");
        }

        RoomGuard.Future(P, properties?.Expires, now, "DailyRoomOptions.Properties.Expires");
    }

    /// <summary>Daily's times are whole unix seconds: an end is rounded up, so the room lives at least as long as asked (never a second less).</summary>
    private static DateTimeOffset? WholeSecondUp(DateTimeOffset? time) =>
        time is { } t && t.ToUnixTimeMilliseconds() % 1000 != 0 ? DateTimeOffset.FromUnixTimeSeconds(t.ToUnixTimeSeconds() + 1).ToOffset(t.Offset) : time;

    private static void Merge<T>(T? current, T? neutral, string neutralField, string dailyProperty, Action<T> set)
        where T : struct
    {
        if (neutral is not { } value)
        {
            return;
        }

        if (current is { } existing && !EqualityComparer<T>.Default.Equals(existing, value))
        {
            throw new RoomValidationException(P, neutralField, $"conflicts with DailyRoomOptions.Properties.{dailyProperty}; set one of them.");
        }

        set(value);
    }

    /// <summary>A deep copy through the wire form, so the caller's object is never changed; what cannot be sent is a validation error.</summary>
    private static DailyRoomProperties? Copy(DailyRoomProperties? properties)
    {
        if (properties is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(properties, DailyJsonContext.Default.DailyRoomProperties), DailyJsonContext.Default.DailyRoomProperties);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw new RoomValidationException($"{P}: DailyRoomOptions.Properties: cannot be sent as JSON ({ex.Message}).", ex);
        }
    }

    private static RoomServiceException BrokenPaging(string why) =>
        new($"daily GET /rooms: the listing was stopped because {why}; the server's paging is broken.", new RoomErrorDetails(P));

    private static RoomServiceException EmptyAnswer(string what, string fields) =>
        new($"daily: the answer lacks the {what} fields the API documents ({fields}).", new RoomErrorDetails(P));

    private static string Shorten(string text)
    {
        var clean = new string(text.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return text.Length > 64 ? clean + "…" : clean;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoomNamePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
