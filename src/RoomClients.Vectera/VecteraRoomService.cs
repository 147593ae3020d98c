using Microsoft.Extensions.DependencyInjection;
using RoomClients.Providers;
using System.Runtime.CompilerServices;
using RoomClients.Vectera.Models;

namespace RoomClients.Vectera;

/// <summary>
/// <see cref="IRoomService"/> over Vectera: rooms are permanent meeting rooms (they live until deleted); the guest link is
/// the room's <c>url</c>. <see cref="CreateRoomRequest.TemplateId"/> creates the room from a template.
/// Mapping only: HTTP, auth, retries and error mapping live in the pipeline behind <see cref="IVecteraApi"/>.
/// </summary>
internal sealed partial class VecteraRoomService : RoomServiceAdapter, IRoomService
{
    private const string P = RoomProviders.Vectera;

    private static readonly RoomCapabilities VecteraCapabilities = new()
    {
        SupportedKinds = [RoomKind.Permanent],
        CanUpdate = true,
        CanList = true,
        CanDelete = true,
        SupportsTemplates = true,
        SupportsDisplayName = false,
        SupportsMetadata = false,
        SupportsAutomaticRecording = false,
        SupportsLocking = true,
        HasHostUrl = false,
        MaxPageSize = VecteraListOptions.MaxPageSize,

        // Links are meeting-room permissions (access keys): can_always_join for a guest, is_host for a host. A permission
        // carries no name, no expiry and no application id, and Vectera's API has no recordings.
        ParticipantRoles = [RoomParticipantRole.Guest, RoomParticipantRole.Host],
        SupportsParticipantNames = false,
        SupportsExternalParticipantIds = false,
        SupportsParticipantLinkExpiry = false,
        SupportsRecordings = false,
        CanDeleteRecordings = false,
    };

    private readonly Func<ProviderClient<IVecteraApi, VecteraOptions>> _client;

    private readonly TimeProvider _time;

    /// <param name="client">Returns the registration's client with its options snapshot; taken once per operation.</param>
    /// <param name="time">The clock (for a past <c>EndsAt</c>).</param>
    public VecteraRoomService(Func<ProviderClient<IVecteraApi, VecteraOptions>> client, TimeProvider? time = null)
    {
        _client = client;
        _time = time ?? TimeProvider.System;
    }

    private IVecteraApi Api => _client().Api;

    public string Provider => P;

    public RoomCapabilities Capabilities => VecteraCapabilities;

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        RoomServiceLookup.Find(serviceType, serviceKey, this, Capabilities, _client().Api);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken)
    {
        var body = ToCreateMeetingRoom(RoomGuard.NotNull(P, request, nameof(request)), _time.GetUtcNow());
        var room = await Api.CreateMeetingRoomAsync(body, cancellationToken).ConfigureAwait(false);
        return ToRoom(room);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return ToRoom(await Api.GetMeetingRoomAsync(roomId, cancellationToken).ConfigureAwait(false));
    }

    public IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, CancellationToken cancellationToken = default)
    {
        var size = RoomGuard.PageSize(P, query?.PageSize, VecteraCapabilities.MaxPageSize) ?? VecteraListOptions.DefaultPageSize;
        var client = _client(); // one snapshot for the whole listing
        return Map(client.Api.ListAllMeetingRoomsAsync(new VecteraListOptions { PageSize = size, MaxPages = client.Options.MaxListPages }, cancellationToken), cancellationToken);

        static async IAsyncEnumerable<Room> Map(IAsyncEnumerable<MeetingRoom> rooms, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var room in rooms.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return ToRoom(room);
            }
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public override async ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        var body = ToUpdateMeetingRoom(RoomGuard.NotNull(P, request, nameof(request)));
        return ToRoom(await Api.UpdateMeetingRoomAsync(roomId, body, cancellationToken).ConfigureAwait(false));
    }

    public override ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken)
    {
        RoomGuard.Id(P, roomId, nameof(roomId));
        return new(Api.DeleteMeetingRoomAsync(roomId, cancellationToken));
    }

    internal static CreateMeetingRoomRequest ToCreateMeetingRoom(CreateRoomRequest request, DateTimeOffset now)
    {
        // Unset Kind with an EndsAt gets a permanent room: it lives until deleted, so at least as long as asked
        // (Capabilities.KindFor says so); an explicit Instant or Scheduled room, or a start, is refused.
        RoomSupport.Check(P, VecteraCapabilities, request, now, static feature => feature switch
        {
            "CreateRoomRequest.StartsAt" or "RoomKind.Instant" or "RoomKind.Scheduled" => "Vectera meeting rooms are permanent: they live until deleted, usable at once.",
            "CreateRoomRequest.EndsAt" => "Vectera meeting rooms do not expire; delete the room instead.",
            "CreateRoomRequest.DisplayName" => "Vectera names a room by its key, which is also its link; use VecteraRoomOptions.Key.",
            "CreateRoomRequest.RecordAutomatically" => "Vectera's API has no recording setting.",
            _ => null,
        });
        var extras = request.GetProviderOptions<VecteraRoomOptions>();
        if (extras?.Key is not null && extras.PreferredKey is not null)
        {
            throw new RoomValidationException(P, "VecteraRoomOptions.PreferredKey", "set either Key or PreferredKey, not both.");
        }

        if (request.TemplateId is not null)
        {
            RoomGuard.Id(P, request.TemplateId, "TemplateId");
        }

        return new CreateMeetingRoomRequest
        {
            Key = Blank(extras?.Key, "VecteraRoomOptions.Key"),
            PreferredKey = Blank(extras?.PreferredKey, "VecteraRoomOptions.PreferredKey"),
            TemplateId = request.TemplateId,
            OwnerId = Blank(extras?.OwnerId, "VecteraRoomOptions.OwnerId"),
            PublicAccessLevel = AccessLevel(request.Locked),
            TeamAccessLevel = Blank(extras?.TeamAccessLevel, "VecteraRoomOptions.TeamAccessLevel"),
        };
    }

    internal static UpdateMeetingRoomRequest ToUpdateMeetingRoom(UpdateRoomRequest request)
    {
        RoomGuard.Unsupported(P, request.StartsAt is not null, "UpdateRoomRequest.StartsAt", "Vectera meeting rooms have no start.");
        RoomGuard.Unsupported(P, request.EndsAt is not null, "UpdateRoomRequest.EndsAt", "Vectera meeting rooms do not expire; delete the room instead.");
        RoomGuard.Unsupported(P, request.DisplayName is not null, "UpdateRoomRequest.DisplayName", "Vectera names a room by its key; use VecteraRoomOptions.Key.");
        RoomGuard.Unsupported(P, request.RecordAutomatically is not null, "UpdateRoomRequest.RecordAutomatically", "Vectera's API has no recording setting.");
        RoomGuard.Unsupported(P, request.Metadata.Count > 0, "UpdateRoomRequest.Metadata", "Vectera stores no metadata on meeting rooms.");
        var extras = request.GetProviderOptions<VecteraRoomOptions>();
        RoomGuard.Unsupported(P, extras?.PreferredKey is not null, "VecteraRoomOptions.PreferredKey", "preferredKey applies to creation only; use Key.");
        var body = new UpdateMeetingRoomRequest
        {
            Key = Blank(extras?.Key, "VecteraRoomOptions.Key"),
            OwnerId = Blank(extras?.OwnerId, "VecteraRoomOptions.OwnerId"),
            PublicAccessLevel = AccessLevel(request.Locked),
            TeamAccessLevel = Blank(extras?.TeamAccessLevel, "VecteraRoomOptions.TeamAccessLevel"),
        };
        if (body.Key is null && body.OwnerId is null && body.PublicAccessLevel is null && body.TeamAccessLevel is null)
        {
            throw new RoomValidationException(P, "request", "changes nothing: set Locked or VecteraRoomOptions (Key, OwnerId, TeamAccessLevel).");
        }

        return body;
    }

    internal static Room ToRoom(MeetingRoom? room)
    {
        if (room is null || string.IsNullOrEmpty(room.Id) || room.Url is null)
        {
            throw new RoomServiceException("vectera: the answer lacks the meeting-room fields the API documents (id, url).", new RoomErrorDetails(P));
        }

        var joinUrl = RoomUrls.Web(P, room.Url, "url");

        var metadata = new RoomMetadata(6);
        metadata.Set("key", room.Key);
        metadata.Set("ownerId", room.OwnerId);
        metadata.Set("publicAccessLevel", room.PublicAccessLevel?.ToString());
        metadata.Set("teamAccessLevel", room.TeamAccessLevel?.ToString());
        metadata.Set("locked", room.Locked is { } locked ? (locked ? "true" : "false") : null);
        metadata.Set("trashed", room.Trashed is { } trashed ? (trashed ? "true" : "false") : null);

        return new Room
        {
            Id = room.Id,
            Provider = P,
            Kind = RoomKind.Permanent,
            JoinUrl = joinUrl,
            HostUrl = null,
            CreatedAt = room.DateCreated,
            Metadata = metadata.OrEmpty(),
            RawRepresentation = room,
        };
    }

    private static VecteraAccessLevel? AccessLevel(bool? locked) => locked switch
    {
        true => VecteraAccessLevel.ShouldKnock,
        false => VecteraAccessLevel.CanAlwaysJoin,
        null => null,
    };

    private static VecteraAccessLevel? Blank(VecteraAccessLevel? value, string field) =>
        value is { } level && level.ToString().Length == 0 ? throw new RoomValidationException(P, field, "must not be blank (default).") : value;

    private static string? Blank(string? value, string field) =>
        value is not null && string.IsNullOrWhiteSpace(value) ? throw new RoomValidationException(P, field, "must not be blank.") : value;
}
