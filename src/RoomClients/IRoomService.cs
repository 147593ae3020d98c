namespace RoomClients;

/// <summary>
/// A provider-neutral client for video-meeting rooms. One implementation exists per provider
/// (Whereby, Vonage, EnableX, Vectera); resolve it from DI with <c>AddRoomClients()</c>.
/// </summary>
/// <remarks>
/// Every member either succeeds or throws a <see cref="RoomServiceException"/> subclass that names the provider,
/// the HTTP status and the provider's own error code and message. Cancellation surfaces as
/// <see cref="OperationCanceledException"/>.
/// </remarks>
public interface IRoomService
{
    /// <summary>Gets the provider name, such as <c>"whereby"</c>; see <see cref="RoomProviders"/>.</summary>
    string Provider { get; }

    /// <summary>Gets what this provider can do, so callers can branch without try/catch.</summary>
    RoomCapabilities Capabilities { get; }

    /// <summary>Creates a room.</summary>
    /// <param name="request">What to create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created room, with its guest and host URLs.</returns>
    /// <exception cref="RoomValidationException">The request is invalid for this provider; nothing was sent.</exception>
    /// <exception cref="RoomFeatureNotSupportedException">The request asks for something this provider cannot honour.</exception>
    Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a room by its provider id.</summary>
    /// <param name="roomId">The room's id as returned in <see cref="Room.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    /// <exception cref="RoomNotFoundException">No such room.</exception>
    Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary>Lists rooms, fetching pages lazily as the sequence is enumerated.</summary>
    /// <param name="query">Optional paging settings.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The rooms, one page requested at a time.</returns>
    IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a room. Only the properties set on <paramref name="request"/> change.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <param name="request">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated room.</returns>
    /// <exception cref="RoomFeatureNotSupportedException">The provider cannot update rooms (see <see cref="RoomCapabilities.CanUpdate"/>).</exception>
    Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a room, ending any meeting in it.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the provider has accepted the deletion.</returns>
    Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks for an object of type <paramref name="serviceType"/> that this service holds or is: the provider's typed API
    /// (such as <c>IWherebyApi</c>), its <see cref="RoomCapabilities"/>, the provider's adapter, or a decorator in the chain.
    /// Decorators answer for themselves and pass every other request inward, so the outermost service of a registration
    /// reaches everything behind it.
    /// </summary>
    /// <param name="serviceType">The type of object sought.</param>
    /// <param name="serviceKey">An optional key, such as a failover member's registration name; a service that knows no
    /// keys answers <see langword="null"/> to any key.</param>
    /// <returns>The object, or <see langword="null"/> when this service has none of that type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serviceType"/> is <see langword="null"/>.</exception>
    /// <remarks>Never calls the provider; cheap enough to call per use. See <see cref="RoomServiceExtensions.GetService{TService}"/>.</remarks>
    object? GetService(Type serviceType, object? serviceKey = null);
}
