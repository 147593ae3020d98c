namespace RoomClients.Providers;

/// <summary>
/// The SDK's own adapters as the SDK's own stages see them: each room operation as a <see cref="ValueTask"/> whose async
/// state machine is pooled (<see cref="System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder{TResult}"/>),
/// awaited exactly once by the stage directly above the adapter (<see cref="InnerRoomService"/>). The stage's own
/// <see cref="Task"/> is then the only asynchronous object of the neutral layer a call allocates, not one per layer.
/// The adapters implement it through <see cref="RoomServiceAdapter"/>, whose <see cref="IRoomService"/> methods return the
/// same operations as <see cref="Task"/>s, for callers that hold the adapter itself.
/// </summary>
internal interface IRoomServiceCore
{
    /// <summary>Creates a room, as <see cref="IRoomService.CreateRoomAsync"/>; await the result once.</summary>
    ValueTask<Room> CreateRoomCoreAsync(CreateRoomRequest request, CancellationToken cancellationToken);

    /// <summary>Gets a room, as <see cref="IRoomService.GetRoomAsync"/>; await the result once.</summary>
    ValueTask<Room> GetRoomCoreAsync(string roomId, CancellationToken cancellationToken);

    /// <summary>Updates a room, as <see cref="IRoomService.UpdateRoomAsync"/>; await the result once.</summary>
    ValueTask<Room> UpdateRoomCoreAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes a room, as <see cref="IRoomService.DeleteRoomAsync"/>; await the result once.</summary>
    ValueTask DeleteRoomCoreAsync(string roomId, CancellationToken cancellationToken);
}

/// <summary>
/// The service a stage wraps, called through <see cref="IRoomServiceCore"/> when it is one of the SDK's adapters and
/// through <see cref="IRoomService"/> otherwise (a user's stage, a failover, a test double). Each result must be awaited
/// exactly once, directly.
/// </summary>
internal readonly struct InnerRoomService
{
    private readonly IRoomService _service;
    private readonly IRoomServiceCore? _core;

    public InnerRoomService(IRoomService service)
    {
        _service = service;
        _core = service as IRoomServiceCore;
    }

    public ValueTask<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken)
    {
        if (_core is { } core)
        {
            return core.CreateRoomCoreAsync(request, cancellationToken);
        }

        return new(_service.CreateRoomAsync(request, cancellationToken));
    }

    public ValueTask<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken)
    {
        if (_core is { } core)
        {
            return core.GetRoomCoreAsync(roomId, cancellationToken);
        }

        return new(_service.GetRoomAsync(roomId, cancellationToken));
    }

    public ValueTask<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken)
    {
        if (_core is { } core)
        {
            return core.UpdateRoomCoreAsync(roomId, request, cancellationToken);
        }

        return new(_service.UpdateRoomAsync(roomId, request, cancellationToken));
    }

    public ValueTask DeleteRoomAsync(string roomId, CancellationToken cancellationToken)
    {
        if (_core is { } core)
        {
            return core.DeleteRoomCoreAsync(roomId, cancellationToken);
        }

        return new(_service.DeleteRoomAsync(roomId, cancellationToken));
    }
}
