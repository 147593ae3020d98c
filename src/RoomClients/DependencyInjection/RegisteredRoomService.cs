using System.Runtime.CompilerServices;

namespace RoomClients.DependencyInjection;

/// <summary>
/// Stamps every room a registered service returns with the registration name it was resolved under, so that
/// <see cref="Room.Reference"/> names a key <see cref="IRoomServiceFactory"/> understands. Rooms that already carry a
/// name (those a failover returns from its members) keep it.
/// </summary>
internal sealed class RegisteredRoomService(IRoomService inner, string name) : DelegatingRoomService(inner)
{
    public override async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default) =>
        Stamp(await base.CreateRoomAsync(request, cancellationToken).ConfigureAwait(false));

    public override async Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default) =>
        Stamp(await base.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false));

    public override async Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default) =>
        Stamp(await base.UpdateRoomAsync(roomId, request, cancellationToken).ConfigureAwait(false));

    public override async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var room in base.ListRoomsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            yield return Stamp(room);
        }
    }

    private Room Stamp(Room room) => room.RegistrationName is null ? room.WithRegistrationName(name) : room;
}
