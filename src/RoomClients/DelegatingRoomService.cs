namespace RoomClients;

/// <summary>
/// Passes every call to an inner <see cref="IRoomService"/>. Derive from it to add behaviour around any provider
/// (logging, caching, policies): override only what you need. The SDK's telemetry is such a decorator.
/// </summary>
public class DelegatingRoomService : IRoomService
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="innerService">The service calls are passed to.</param>
    protected DelegatingRoomService(IRoomService innerService)
    {
        ArgumentNullException.ThrowIfNull(innerService);
        InnerService = innerService;
    }

    /// <summary>Gets the service calls are passed to.</summary>
    protected IRoomService InnerService { get; }

    /// <inheritdoc />
    public virtual string Provider => InnerService.Provider;

    /// <inheritdoc />
    public virtual RoomCapabilities Capabilities => InnerService.Capabilities;

    /// <inheritdoc />
    public virtual Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default) =>
        InnerService.CreateRoomAsync(request, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default) =>
        InnerService.GetRoomAsync(roomId, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, CancellationToken cancellationToken = default) =>
        InnerService.ListRoomsAsync(query, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default) =>
        InnerService.UpdateRoomAsync(roomId, request, cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default) =>
        InnerService.DeleteRoomAsync(roomId, cancellationToken);

    /// <summary>
    /// Returns this decorator when it is a <paramref name="serviceType"/> and no key is given; otherwise asks the inner
    /// service, so the outermost service of a chain reaches every decorator, the adapter and the provider's API.
    /// </summary>
    /// <param name="serviceType">The type of object sought.</param>
    /// <param name="serviceKey">An optional key, passed inward unchanged.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public virtual object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : InnerService.GetService(serviceType, serviceKey);
    }
}
