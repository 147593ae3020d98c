namespace RoomClients.Providers;

/// <summary>
/// The base of the SDK's own adapters: <see cref="IRoomService"/>'s room operations as <see cref="Task"/>s over the
/// adapter's pooled <see cref="IRoomServiceCore"/> operations, written once for all six. The stage above an adapter
/// awaits the core operation directly (<see cref="InnerRoomService"/>); a caller holding the adapter itself gets the
/// same operation as a <see cref="Task"/>. An adapter derives from it and declares <see cref="IRoomService"/>, whose room
/// operations these methods implement, and writes each operation once, as a core operation (async ones with
/// <see cref="System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder{TResult}"/>).
/// </summary>
internal abstract class RoomServiceAdapter : IRoomServiceCore
{
    /// <inheritdoc cref="IRoomService.CreateRoomAsync"/>
    public Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default) => CreateRoomCoreAsync(request, cancellationToken).AsTask();

    /// <inheritdoc cref="IRoomService.GetRoomAsync"/>
    public Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default) => GetRoomCoreAsync(roomId, cancellationToken).AsTask();

    /// <inheritdoc cref="IRoomService.UpdateRoomAsync"/>
    public Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default) => UpdateRoomCoreAsync(roomId, request, cancellationToken).AsTask();

    /// <inheritdoc cref="IRoomService.DeleteRoomAsync"/>
    public Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default) => DeleteRoomCoreAsync(roomId, cancellationToken).AsTask();

    /// <inheritdoc />
    public abstract ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken);
}
