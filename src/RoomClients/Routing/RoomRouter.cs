
namespace RoomClients.Routing;

internal sealed class RoomRouter(IRoomServiceFactory factory) : IRoomRouter
{
    public IRoomService GetRoomService(RoomReference reference)
    {
        if (reference.IsEmpty)
        {
            throw new RoomValidationException("reference: the default RoomReference references no room.");
        }

        if (!factory.TryGetRoomService(reference.Name, out var service))
        {
            throw new RoomValidationException(
                reference.Name,
                nameof(reference),
                $"no room service is registered as '{reference.Name}' (registered: {(factory.Names.Count == 0 ? "none" : string.Join(", ", factory.Names))}).");
        }

        return service;
    }

    public Task<Room> GetRoomAsync(RoomReference reference, CancellationToken cancellationToken = default) =>
        GetRoomService(reference).GetRoomAsync(reference.RoomId, cancellationToken);

    public Task<Room> UpdateRoomAsync(RoomReference reference, UpdateRoomRequest request, CancellationToken cancellationToken = default) =>
        GetRoomService(reference).UpdateRoomAsync(reference.RoomId, request, cancellationToken);

    public Task DeleteRoomAsync(RoomReference reference, CancellationToken cancellationToken = default) =>
        GetRoomService(reference).DeleteRoomAsync(reference.RoomId, cancellationToken);
}
