using Microsoft.Extensions.DependencyInjection;
using RoomClients.Providers;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage;

/// <summary>
/// <see cref="IRoomService"/> over Vonage Meetings: an instant room when no end is given, a long-term room with
/// <c>expires_at</c> otherwise. Mapping only: HTTP, auth, retries and error mapping live in the pipeline behind <see cref="IVonageMeetingsApi"/>.
/// </summary>
internal sealed partial class VonageRoomService : RoomServiceAdapter, IRoomService, IRoomParticipantLinks
{
    private const string P = RoomProviders.Vonage;
    private const int MaxDisplayName = 200;

    /// <summary>The display name given to a room created without one (Vonage requires a display name).</summary>
    internal const string DefaultDisplayName = "RoomClients room";
    private const int MaxMetadata = 500;
    private static readonly TimeSpan MinLongTermLead = TimeSpan.FromMinutes(10);
    private static readonly string[] ApprovalLevels = ["none", "after_owner_only", "explicit_approval"];

    private static readonly RoomCapabilities VonageCapabilities = new()
    {
        SupportedKinds = [RoomKind.Instant],
        CanUpdate = true,
        CanList = true,

        // CanDelete follows the Meetings guide (seed 002, "Room Deletion": DELETE /rooms/{id} answers 204), not the v1
        // OpenAPI file, which dropped the operation on 2022-10-31 (#545) while servers still answer it. The guide is the
        // only source that documents a deletion and deleting is what callers ask for; a server without the route answers
        // 404 without Vonage's NotFoundError body, or 405, and DeleteRoomAsync turns that into
        // RoomFeatureNotSupportedException (never a silent success). See docs/providers/vonage.md.
        CanDelete = true,
        SupportsTemplates = true,
        SupportsDisplayName = true,
        SupportsMetadata = false,
        SupportsAutomaticRecording = true,
        SupportsLocking = true,
        HasHostUrl = true,
        MaxPageSize = 1000,

        // A Vonage room has exactly two links, the guest URL and the host URL (CreateParticipantLinkAsync hands them out by
        // role): no name, no application id and no expiry of their own (a link works as long as the room does), and no
        // watch-only participant. Recordings belong to sessions, not rooms: the API lists them only by a session id from
        // the callbacks (GET /sessions/{id}/recordings), so a room's recordings cannot be listed; IVonageMeetingsApi
        // reaches them (GetRecordingAsync, ListSessionRecordingsAsync, DeleteRecordingAsync).
        ParticipantRoles = [RoomParticipantRole.Guest, RoomParticipantRole.Host],
    };

    private readonly Func<ProviderClient<IVonageMeetingsApi, VonageOptions>> _client;
    private readonly TimeProvider _time;

    /// <param name="client">Returns the registration's client with its options snapshot; taken once per operation.</param>
    /// <param name="time">The clock.</param>
    public VonageRoomService(Func<ProviderClient<IVonageMeetingsApi, VonageOptions>> client, TimeProvider time)
    {
        _client = client;
        _time = time;
    }

    private IVonageMeetingsApi Api => _client().Api;

    public string Provider => P;

    public RoomCapabilities Capabilities => VonageCapabilities;

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        RoomServiceLookup.Find(serviceType, serviceKey, this, Capabilities, _client().Api);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken)
    {
        var body = ToCreateRoom(RoomGuard.NotNull(P, request, nameof(request)));
        var room = await Api.CreateRoomAsync(body, cancellationToken).ConfigureAwait(false);
        return ToRoom(room);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return ToRoom(await Api.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false));
    }

    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pageSize = RoomGuard.PageSize(P, query?.PageSize, VonageCapabilities.MaxPageSize);
        var client = _client(); // one snapshot for the whole listing: every page goes to the same host with the same key
        var paging = new PagingGuard(P, pageSize, client.Options.MaxListPages);
        long? startId = null;
        while (true)
        {
            // Only the rooms and the next link are kept from a page, and they are dropped before the next request: the
            // iterator's locals live as long as it does, so a page left in one would stay alive while the next one is read.
            RoomsPage? page = await client.Api.ListRoomsAsync(startId, null, pageSize, cancellationToken).ConfigureAwait(false)
                ?? throw EmptyAnswer("rooms page", "_embedded");
            var rooms = page.Rooms;
            var href = page.Links?.Next?.Href;
            page = null;
            long? next = null;
            if (!string.IsNullOrEmpty(href))
            {
                // Only start_id is taken from the link, but a link elsewhere means the answer is not to be trusted; and a
                // link without a readable start_id cannot be followed: an error, not a silently shorter list.
                paging.Link(href, client.Options.BaseAddress);
                next = NextStartId(href) ?? throw new RoomServiceException(
                    "vonage: the listing's paging is broken: the next link carries no numeric start_id.",
                    new RoomErrorDetails(P, errorCode: "paging_broken"));
            }

            var count = rooms?.Count ?? 0;
            var more = paging.Page(count, next?.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < count; i++)
            {
                var room = rooms![i];
                paging.Item(room?.Id);
                yield return ToRoom(room);
            }

            rooms = null;
            if (!more)
            {
                yield break;
            }

            startId = next;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var body = ToUpdateRoom(RoomGuard.NotNull(P, request, nameof(request)));
        return ToRoom(await Api.UpdateRoomAsync(roomId, body, cancellationToken).ConfigureAwait(false));
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public override async ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        try
        {
            await Api.DeleteRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        }
        catch (RoomNotFoundException ex) when (ex.ErrorCode != "NotFoundError")
        {
            // Vonage answers a missing room with {name: "NotFoundError"}; any other 404 means the route itself is missing.
            throw new RoomFeatureNotSupportedException(P, "DeleteRoom", "this Meetings server has no DELETE /rooms/{id} (it was removed from the v1 API); rooms expire on their own.");
        }
        catch (RoomServiceException ex) when (ex.StatusCode == HttpStatusCode.MethodNotAllowed)
        {
            throw new RoomFeatureNotSupportedException(P, "DeleteRoom", "this Meetings server does not allow DELETE /rooms/{id} (it was removed from the v1 API); rooms expire on their own.");
        }
    }

    internal CreateVonageRoomRequest ToCreateRoom(CreateRoomRequest request)
    {
        RoomSupport.Check(P, VonageCapabilities, request, _time.GetUtcNow(), static feature => feature switch
        {
            "CreateRoomRequest.StartsAt" or "RoomKind.Scheduled" or "RoomKind.Permanent" => "Vonage rooms are usable from creation: instant (no end) or long-term (with EndsAt, at most one year ahead).",
            "CreateRoomRequest.Metadata" => "Vonage stores one free-text metadata string; use VonageRoomOptions.Metadata.",
            _ => null,
        });

        var extras = request.GetProviderOptions<VonageRoomOptions>();
        var displayName = request.DisplayName ?? DefaultDisplayName; // Vonage requires one; the neutral request does not
        if (displayName.Length > MaxDisplayName)
        {
            throw new RoomValidationException(P, "DisplayName", $"must be at most {MaxDisplayName} characters; was {displayName.Length}.");
        }

        if (extras?.Metadata is { Length: > MaxMetadata } metadata)
        {
            throw new RoomValidationException(P, "VonageRoomOptions.Metadata", $"must be at most {MaxMetadata} characters; was {metadata.Length}.");
        }

        if (request.EndsAt is { } endsAt)
        {
            CheckExpiry(endsAt, "EndsAt");
        }

        var themeId = ThemeOf(request.TemplateId, extras?.ThemeId);
        var approval = ApprovalOf(request.Locked, extras?.JoinApprovalLevel);
        CheckCallbacks(extras?.CallbackUrls);
        RoomGuard.Unsupported(P, request.EndsAt is null && extras?.ExpireAfterUse is not null, "VonageRoomOptions.ExpireAfterUse", "only long-term rooms (with EndsAt) can expire after use.");

        return new CreateVonageRoomRequest
        {
            DisplayName = displayName,
            Metadata = extras?.Metadata,
            Type = request.EndsAt is null ? "instant" : "long_term",
            ExpiresAt = request.EndsAt?.ToUniversalTime(),
            ExpireAfterUse = extras?.ExpireAfterUse,
            RecordingOptions = request.RecordAutomatically is null && extras?.RecordOnlyOwner is null
                ? null
                : new RecordingOptions { AutoRecord = request.RecordAutomatically, RecordOnlyOwner = extras?.RecordOnlyOwner },
            ThemeId = themeId,
            JoinApprovalLevel = approval,
            InitialJoinOptions = extras?.InitialJoinOptions,
            CallbackUrls = extras?.CallbackUrls,
            AvailableFeatures = extras?.AvailableFeatures,
            UiSettings = extras?.UiSettings,
        };
    }

    internal UpdateVonageRoomRequest ToUpdateRoom(UpdateRoomRequest request)
    {
        if (request.IsEmpty)
        {
            throw new RoomValidationException(P, nameof(request), "has nothing to change; Vonage rejects an empty update_details.");
        }

        RoomGuard.Unsupported(P, request.DisplayName is not null, "UpdateRoomRequest.DisplayName", "the v1 API cannot rename a room.");
        RoomGuard.Unsupported(P, request.StartsAt is not null, "UpdateRoomRequest.StartsAt", "Vonage rooms have no start time.");
        RoomGuard.Unsupported(P, request.RecordAutomatically is not null, "UpdateRoomRequest.RecordAutomatically", "the v1 API cannot change recording_options after creation.");
        RoomGuard.Unsupported(P, request.Metadata.Count > 0, "UpdateRoomRequest.Metadata", "the v1 API cannot change metadata after creation.");

        var extras = request.GetProviderOptions<VonageRoomOptions>();
        RoomGuard.Unsupported(P, extras?.Metadata is not null, "VonageRoomOptions.Metadata", "the v1 API cannot change metadata after creation.");
        RoomGuard.Unsupported(P, extras?.RecordOnlyOwner is not null, "VonageRoomOptions.RecordOnlyOwner", "the v1 API cannot change recording_options after creation.");
        RoomGuard.Unsupported(P, extras?.UiSettings is not null, "VonageRoomOptions.UiSettings", "the v1 update body has no ui_settings.");
        if (request.EndsAt is { } endsAt)
        {
            CheckExpiry(endsAt, "EndsAt");
        }

        CheckCallbacks(extras?.CallbackUrls);
        var details = new RoomUpdateDetails
        {
            ExpiresAt = request.EndsAt?.ToUniversalTime(),
            ExpireAfterUse = extras?.ExpireAfterUse,
            ThemeId = ThemeOf(null, extras?.ThemeId),
            JoinApprovalLevel = ApprovalOf(request.Locked, extras?.JoinApprovalLevel),
            InitialJoinOptions = extras?.InitialJoinOptions,
            CallbackUrls = extras?.CallbackUrls,
            AvailableFeatures = extras?.AvailableFeatures,
        };
        if (details is { ExpiresAt: null, ExpireAfterUse: null, ThemeId: null, JoinApprovalLevel: null, InitialJoinOptions: null, CallbackUrls: null, AvailableFeatures: null })
        {
            throw new RoomValidationException(P, nameof(request), "has nothing to change; Vonage rejects an empty update_details.");
        }

        return new UpdateVonageRoomRequest { UpdateDetails = details };
    }

    internal static Room ToRoom(VonageRoom? room)
    {
        if (room is null || string.IsNullOrEmpty(room.Id) || room.Links?.GuestUrl?.Href is not { Length: > 0 } guest)
        {
            throw EmptyAnswer("room", "id, _links.guest_url.href");
        }

        var joinUrl = RoomUrls.Web(P, guest, "_links.guest_url");
        var hostUrl = RoomUrls.OptionalWeb(P, room.Links.HostUrl?.Href, "_links.host_url");
        var metadata = new RoomMetadata(6);
        metadata.Set("type", room.Type);
        metadata.Set("meeting_code", room.MeetingCode);
        metadata.Set("theme_id", room.ThemeId);
        metadata.Set("metadata", room.Metadata);
        metadata.Set("join_approval_level", room.JoinApprovalLevel?.ToString());
        metadata.Set("is_available", room.IsAvailable is { } available ? (available ? "true" : "false") : null);

        return new Room
        {
            Id = room.Id,
            Provider = P,
            DisplayName = room.DisplayName,
            Kind = RoomKind.Instant,
            JoinUrl = joinUrl,
            HostUrl = hostUrl,
            StartsAt = room.CreatedAt,
            EndsAt = room.ExpiresAt,
            CreatedAt = room.CreatedAt,
            Metadata = metadata.OrEmpty(),
            RawRepresentation = room,
        };
    }

    /// <summary>Reads <c>start_id</c> from a HAL <c>next</c> link.</summary>
    internal static long? NextStartId(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return null;
        }

        var query = href.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? href[(q + 1)..] : string.Empty;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part[..eq] == "start_id" && long.TryParse(Uri.UnescapeDataString(part[(eq + 1)..]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }

        return null;
    }

    private void CheckExpiry(DateTimeOffset endsAt, string field)
    {
        var now = _time.GetUtcNow();
        if (endsAt <= now + MinLongTermLead)
        {
            throw new RoomValidationException(P, field, $"a long-term room must expire more than 10 minutes ahead; was {endsAt:O} (now {now:O}).");
        }

        if (endsAt > now.AddYears(1))
        {
            throw new RoomValidationException(P, field, $"a long-term room can live at most one year; was {endsAt:O} (now {now:O}).");
        }
    }

    private static string? ThemeOf(string? templateId, string? themeId)
    {
        if (templateId is not null && themeId is not null && templateId != themeId)
        {
            throw new RoomValidationException(P, "TemplateId", "set either TemplateId or VonageRoomOptions.ThemeId, not both.");
        }

        var id = templateId ?? themeId;
        if (id is not null && !Guid.TryParse(id, out _))
        {
            throw new RoomValidationException(P, "TemplateId", "must be a Vonage theme id (UUID).");
        }

        return id;
    }

    private static VonageJoinApprovalLevel? ApprovalOf(bool? locked, VonageJoinApprovalLevel? level)
    {
        if (locked is not null && level is not null)
        {
            throw new RoomValidationException(P, "Locked", "set either Locked or VonageRoomOptions.JoinApprovalLevel, not both.");
        }

        if (level is { } given && !ApprovalLevels.Contains(given.ToString(), StringComparer.Ordinal))
        {
            throw new RoomValidationException(P, "VonageRoomOptions.JoinApprovalLevel", "must be none, after_owner_only or explicit_approval.");
        }

        return level ?? locked switch
        {
            true => VonageJoinApprovalLevel.ExplicitApproval,
            false => VonageJoinApprovalLevel.None,
            null => null,
        };
    }

    private static void CheckCallbacks(CallbackUrls? urls)
    {
        if (urls is null)
        {
            return; // the usual create: no array of fields to check
        }

        foreach (var (field, url) in new[] { ("RoomsCallbackUrl", urls.RoomsCallbackUrl), ("SessionsCallbackUrl", urls.SessionsCallbackUrl), ("RecordingsCallbackUrl", urls.RecordingsCallbackUrl) })
        {
            if (url is not null && !(url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                throw new RoomValidationException(P, $"VonageRoomOptions.CallbackUrls.{field}", "must start with http:// or https://.");
            }
        }
    }

    private static RoomServiceException EmptyAnswer(string what, string fields) =>
        new($"vonage: the answer lacks the {what} fields the API documents ({fields}).", new RoomErrorDetails(P));
}
