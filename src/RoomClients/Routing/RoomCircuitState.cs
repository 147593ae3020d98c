namespace RoomClients.Routing;

/// <summary>How a failover currently treats one of its providers for new rooms.</summary>
public enum RoomCircuitState
{
    /// <summary>Healthy: creates are sent to it in its turn.</summary>
    Closed = 0,

    /// <summary>Failed repeatedly: skipped for creates until the break duration has passed.</summary>
    Open = 1,

    /// <summary>The break duration has passed: the next create is sent to it as a probe; success closes the circuit, failure opens it again.</summary>
    HalfOpen = 2,
}
