namespace RoomClients.Routing;

/// <summary>
/// Finds a room's owner from its <see cref="RoomReference"/> (<c>name:id</c>), so an application can store one string
/// per room and reach the room again whichever provider (or failover member) created it. Registered by <c>AddRoomClients()</c>.
/// </summary>
public interface IRoomRouter
{
    /// <summary>Returns the registered service that owns rooms referenced by <paramref name="reference"/>.</summary>
    /// <param name="reference">The room's reference, such as <c>RoomReference.Parse("whereby:112233")</c>.</param>
    /// <returns>The service registered under <see cref="RoomReference.Name"/>.</returns>
    /// <exception cref="RoomValidationException">The reference is <see langword="default"/> or names no registered service; nothing was sent.</exception>
    IRoomService GetRoomService(RoomReference reference);

    /// <summary>Gets the referenced room from its owner.</summary>
    /// <param name="reference">The room's reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    /// <exception cref="RoomNotFoundException">The owner has no such room.</exception>
    /// <exception cref="RoomValidationException">The reference names no registered service; nothing was sent.</exception>
    Task<Room> GetRoomAsync(RoomReference reference, CancellationToken cancellationToken = default);

    /// <summary>Updates the referenced room at its owner.</summary>
    /// <param name="reference">The room's reference.</param>
    /// <param name="request">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated room.</returns>
    /// <exception cref="RoomValidationException">The reference names no registered service; nothing was sent.</exception>
    Task<Room> UpdateRoomAsync(RoomReference reference, UpdateRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes the referenced room at its owner.</summary>
    /// <param name="reference">The room's reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the owner has accepted the deletion.</returns>
    /// <exception cref="RoomValidationException">The reference names no registered service; nothing was sent.</exception>
    Task DeleteRoomAsync(RoomReference reference, CancellationToken cancellationToken = default);
}
