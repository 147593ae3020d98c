using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoomClients.Daily.Models;
using RoomClients.Providers;

namespace RoomClients.Daily;

/// <summary>
/// <see cref="IRoomService"/> over Daily: <see cref="Room.Id"/> is the room name; <see cref="Room.JoinUrl"/> is the room
/// URL and <see cref="Room.HostUrl"/> the room URL with an owner meeting token (<c>?t=</c>) that expires with the room or
/// after <see cref="DailyOptions.MaxHostLinkLifetime"/>, whichever comes first. Create, get and update mint a fresh host
/// link; listing does not (one extra request per room), so listed rooms have no host URL.
/// Mapping only: HTTP, auth, retries and error mapping live in the pipeline behind <see cref="IDailyApi"/>.
/// </summary>
internal sealed partial class DailyRoomService : RoomServiceAdapter, IRoomService, IRoomParticipantLinks, IRoomRecordings
{
    private const string P = RoomProviders.Daily;
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

        // Participant links are meeting tokens (is_owner for hosts, permissions.canSend = false for viewers) with user_name,
        // user_id (echoed by participant webhooks) and exp; recordings are GET /recordings?room_name=… and its siblings.
        ParticipantRoles = [RoomParticipantRole.Guest, RoomParticipantRole.Host, RoomParticipantRole.Viewer],
        SupportsParticipantNames = true,
        SupportsHostParticipantNames = true,
        SupportsExternalParticipantIds = true,
        SupportsParticipantLinkExpiry = true,
        SupportsRecordings = true,
        CanDeleteRecordings = true,
    };

    private readonly Func<ProviderClient<IDailyApi, DailyOptions>> _client;
    private readonly TimeProvider _time;

    /// <param name="client">Returns the registration's client with its options snapshot; taken once per operation, so the room, its token and its host link use one base address and one key.</param>
    /// <param name="time">The clock.</param>
    public DailyRoomService(Func<ProviderClient<IDailyApi, DailyOptions>> client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    public string Provider => P;

    public RoomCapabilities Capabilities => DailyCapabilities;

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        RoomServiceLookup.Find(serviceType, serviceKey, this, Capabilities, _client().Api);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken)
    {
        var client = _client(); // one snapshot for the whole call
        var body = ToCreateRoom(RoomGuard.NotNull(P, request, nameof(request)), client.Options);
        var created = await client.Api.CreateRoomAsync(body, cancellationToken).ConfigureAwait(false);
        var joinUrl = Check(created); // checks the answer before anything else is sent
        try
        {
            return await WithHostUrlAsync(client, created, joinUrl, request.GetProviderOptions<DailyRoomOptions>()?.HostUserName, cancellationToken).ConfigureAwait(false);
        }
        catch (RoomServiceException ex)
        {
            throw await CompensateAsync(client.Api, created.Name!, ex, cancellationToken).ConfigureAwait(false);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var client = _client();
        var room = await client.Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        var joinUrl = Check(room);
        return await WithHostUrlAsync(client, room, joinUrl, null, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var limit = RoomGuard.PageSize(P, query?.PageSize, DailyCapabilities.MaxPageSize) ?? DailyCapabilities.MaxPageSize;
        var client = _client(); // one snapshot for the whole listing: every page goes to the same host with the same key
        var paging = new PagingGuard(P, limit, client.Options.MaxListPages);
        string? cursor = null;
        long? total = null;
        long yielded = 0;
        while (true)
        {
            // Only the rooms are kept from a page, and dropped before the next request: one page is alive at a time.
            DailyPage<DailyRoom>? page = await client.Api.ListRoomsAsync(limit, cursor, null, cancellationToken).ConfigureAwait(false)
                ?? throw EmptyAnswer("room list", "data");
            total ??= page.TotalCount;
            IList<DailyRoom>? rooms = page.Data;
            page = null;
            var count = rooms?.Count ?? 0;
            yielded += count;

            // Daily's cursor is the id of the page's last room; a short page, or the page that reaches total_count, is the last.
            string? next = null;
            if (count == limit && !(total is { } all && yielded >= all))
            {
                next = rooms![count - 1]?.Id;
                if (string.IsNullOrEmpty(next))
                {
                    throw new RoomServiceException($"{P}: the listing's paging is broken: the last room of a full page has no id to continue from.", new RoomErrorDetails(P, errorCode: "paging_broken"));
                }
            }

            var more = paging.Page(count, next);
            for (var i = 0; i < count; i++)
            {
                var room = rooms![i];
                paging.Item(room?.Id ?? room?.Name);
                yield return ToRoom(room, null, null);
            }

            rooms = null;
            if (!more)
            {
                yield break;
            }

            cursor = next;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var client = _client();
        var body = ToUpdateRoom(RoomGuard.NotNull(P, request, nameof(request)));
        var room = await client.Api.UpdateRoomAsync(roomId, body, cancellationToken).ConfigureAwait(false);
        var joinUrl = Check(room);
        return await WithHostUrlAsync(client, room, joinUrl, request.GetProviderOptions<DailyRoomOptions>()?.HostUserName, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public override async ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        await _client().Api.DeleteRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
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
        var joinUrl = Check(room);
        return ToRoom(room, joinUrl, hostUrl, hostUrlExpires);
    }

    /// <summary>
    /// Checks an answered room before anything else is done with it (a name that is one path segment, a web URL) and
    /// returns its checked join URL, so that the room is built once, from the checked parts, after the host link.
    /// </summary>
    internal static Uri Check([NotNull] DailyRoom? room)
    {
        if (room is null || string.IsNullOrEmpty(room.Name) || room.Url is null)
        {
            throw EmptyAnswer("room", "name, url");
        }

        var joinUrl = RoomUrls.Web(P, room.Url, "url");

        try
        {
            RoomGuard.Id(P, room.Name, "name");
        }
        catch (RoomValidationException)
        {
            throw new RoomServiceException("daily: the answer names a room that is not a single path segment; it was refused.", new RoomErrorDetails(P));
        }

        return joinUrl;
    }

    /// <summary>The neutral room of a room <see cref="Check"/> accepted, with its checked join URL.</summary>
    private static Room ToRoom(DailyRoom room, Uri joinUrl, Uri? hostUrl, DateTimeOffset? hostUrlExpires)
    {
        var config = room.Config;
        var metadata = new RoomMetadata(4);
        metadata.Set("id", room.Id);
        metadata.Set("privacy", room.Privacy);
        metadata.Set("enable_recording", config?.EnableRecording);
        metadata.Set("hostUrlExpiresAt", hostUrlExpires?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return new Room
        {
            Id = room.Name!,
            Provider = P,
            Kind = config?.Expires is null ? RoomKind.Permanent : config.NotBefore is null ? RoomKind.Instant : RoomKind.Scheduled,
            JoinUrl = joinUrl,
            HostUrl = hostUrl,
            StartsAt = config?.NotBefore ?? room.CreatedAt,
            EndsAt = config?.Expires,
            CreatedAt = room.CreatedAt,
            Metadata = metadata.OrEmpty(),
            RawRepresentation = room,
        };
    }

    /// <summary>Builds the host link of <paramref name="room"/> (<see cref="Check"/> accepted it, with <paramref name="joinUrl"/>): its URL with <c>?t=</c> an owner token for that room only.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Room> WithHostUrlAsync(ProviderClient<IDailyApi, DailyOptions> client, DailyRoom room, Uri joinUrl, string? hostUserName, CancellationToken cancellationToken)
    {
        var options = client.Options;
        var now = _time.GetUtcNow();
        var latest = now + options.MaxHostLinkLifetime;
        var expires = room.Config?.Expires is { } roomExpires && roomExpires < latest ? roomExpires : latest;
        if (expires <= now)
        {
            return ToRoom(room, joinUrl, null, null); // the room has expired: no link can join it
        }

        var properties = new MeetingTokenProperties
        {
            RoomName = room.Name,
            IsOwner = true,
            Expires = expires,
            UserName = hostUserName,
            StartCloudRecording = StartsRecording(room),
        };
        var (hostUrl, _) = await TokenLinkAsync(client.Api, room, properties, cancellationToken).ConfigureAwait(false);
        return ToRoom(room, joinUrl, hostUrl, expires);
    }

    /// <summary>Automatic recording (RecordAutomatically): the room allows cloud recording and an owner's token starts it.</summary>
    private static bool? StartsRecording(DailyRoom room) => room.Config?.EnableRecording == DailyRecordingTypes.Cloud ? true : null;

    /// <summary>Signs <paramref name="properties"/> (<c>POST /meeting-tokens</c>) and appends the token to the room URL as <c>?t=</c>.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<(Uri Url, MeetingToken Token)> TokenLinkAsync(IDailyApi api, DailyRoom room, MeetingTokenProperties properties, CancellationToken cancellationToken)
    {
        var token = await api.CreateMeetingTokenAsync(new MeetingTokenRequest { Properties = properties }, cancellationToken).ConfigureAwait(false);
        if (token?.Token is not { Length: > 0 } value)
        {
            throw EmptyAnswer("meeting token", "token");
        }

        if (!TokenPattern().IsMatch(value))
        {
            throw new RoomServiceException("daily: the meeting token in the answer is not a JWT (letters, digits, '-', '_' and '.'); it was refused.", new RoomErrorDetails(P));
        }

        return (RoomUrls.Web(P, new Uri(TokenLink(room.Url!, value)), "participant link"), token);
    }

    /// <summary>The room URL with <c>t=</c> the token added to its query, before its fragment: one string, built from the URL's parts.</summary>
    internal static string TokenLink(Uri roomUrl, string token)
    {
        var url = roomUrl.AbsoluteUri;
        var fragment = roomUrl.Fragment; // "" or "#…", the end of AbsoluteUri
        var beforeFragment = url.AsSpan(0, url.Length - fragment.Length);
        var separator = string.IsNullOrEmpty(roomUrl.Query) ? "?t=" : "&t=";
        return string.Concat(beforeFragment, separator, token, fragment);
    }

    /// <summary>The room was created but its host link failed: delete it so no room is left behind, and say what happened.</summary>
    private static async Task<RoomServiceException> CompensateAsync(IDailyApi api, string name, RoomServiceException cause, CancellationToken cancellationToken)
    {
        string outcome;
        try
        {
            await api.DeleteRoomAsync(name, cancellationToken).ConfigureAwait(false);
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
            throw new RoomValidationException($"{P}: DailyRoomOptions.Properties: cannot be sent as JSON ({ex.Message}).", new RoomErrorDetails(P), ex);
        }
    }

    private static RoomServiceException EmptyAnswer(string what, string fields) =>
        new($"daily: the answer lacks the {what} fields the API documents ({fields}).", new RoomErrorDetails(P));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoomNamePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
