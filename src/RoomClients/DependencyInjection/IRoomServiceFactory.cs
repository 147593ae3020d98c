namespace RoomClients;

/// <summary>Picks a registered <see cref="IRoomService"/> by name at run time.</summary>
public interface IRoomServiceFactory
{
    /// <summary>Gets the registered names (service keys), in registration order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Gets the name of the service a plain <see cref="IRoomService"/> resolves to, if there is one: the one marked default, or the only one registered.</summary>
    string? DefaultName { get; }

    /// <summary>Returns the service registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name (the provider name unless registered under another key).</param>
    /// <returns>The service.</returns>
    /// <exception cref="ArgumentException">No service has that name; the message lists those that exist.</exception>
    IRoomService GetRoomService(string name);

    /// <summary>Tries to return the service registered under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="service">The service, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    bool TryGetRoomService(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRoomService? service);
}
