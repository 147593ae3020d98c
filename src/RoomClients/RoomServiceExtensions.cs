namespace RoomClients;

/// <summary>Typed helpers over <see cref="IRoomService"/>.</summary>
public static class RoomServiceExtensions
{
    /// <summary>
    /// Asks <paramref name="service"/> for an object of type <typeparamref name="TService"/>: the provider's typed API
    /// (<c>rooms.GetService&lt;IWherebyApi&gt;()</c>), its <see cref="RoomCapabilities"/>, the adapter or a decorator.
    /// </summary>
    /// <typeparam name="TService">The type of object sought.</typeparam>
    /// <param name="service">The service to ask.</param>
    /// <param name="serviceKey">An optional key, such as a failover member's registration name.</param>
    /// <returns>The object, or <see langword="null"/> when the service has none of that type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    public static TService? GetService<TService>(this IRoomService service, object? serviceKey = null)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.GetService(typeof(TService), serviceKey) as TService;
    }
}
