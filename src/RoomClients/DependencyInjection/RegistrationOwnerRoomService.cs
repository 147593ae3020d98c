using System.Runtime.CompilerServices;
using RoomClients.Providers;

namespace RoomClients.DependencyInjection;

/// <summary>
/// The outermost stage of every registration: marks the rooms it returns as owned by the registration
/// (<see cref="Room.RegistrationName"/>), so that <see cref="Room.Reference"/> names a key the factory understands,
/// whatever the stages inside returned. Cannot be switched off.
/// </summary>
internal sealed class RegistrationOwnerRoomService(IRoomService inner, string name) : DelegatingRoomService(inner)
{
    private readonly InnerRoomService _inner = new(inner); // the adapter's pooled operations when it is the SDK's own

    public override async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default) =>
        Own(await _inner.CreateRoomAsync(request, cancellationToken).ConfigureAwait(false));

    public override async Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default) =>
        Own(await _inner.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false));

    public override async Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default) =>
        Own(await _inner.UpdateRoomAsync(roomId, request, cancellationToken).ConfigureAwait(false));

    public override async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var room in InnerService.ListRoomsAsync(query, cancellationToken).ConfigureAwait(false))
        {
            yield return Own(room);
        }
    }

    private Room Own(Room? room) =>
        room?.OwnedBy(name) ?? throw new InvalidOperationException($"Room service '{name}' ({InnerService.Provider}) returned no room.");
}
