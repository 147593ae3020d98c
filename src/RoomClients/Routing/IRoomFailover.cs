namespace RoomClients.Routing;

/// <summary>
/// The health view of a failover registered with <c>AddFailover(name, …)</c>; resolve it keyed by the failover's name:
/// <c>[FromKeyedServices("rooms")] IRoomFailover</c>.
/// </summary>
public interface IRoomFailover
{
    /// <summary>Gets the failover's registration name.</summary>
    string Name { get; }

    /// <summary>Gets the registration names of its providers, in order of preference.</summary>
    IReadOnlyList<string> Providers { get; }

    /// <summary>Returns each provider's health now, in order of preference.</summary>
    /// <returns>One entry per provider.</returns>
    IReadOnlyList<RoomProviderHealth> GetHealth();
}
