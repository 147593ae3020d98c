namespace RoomClients.Routing;

/// <summary>What a <see cref="RoomFailoverEvent"/> reports.</summary>
public enum RoomFailoverEventKind
{
    /// <summary>The provider served the call.</summary>
    Served = 0,

    /// <summary>The provider failed before acting on a create (<see cref="RoomProviderUnavailableException.RequestNotProcessed"/>); the next provider is tried.</summary>
    FellOver = 1,

    /// <summary>The provider failed and the error goes to the caller (it may have acted, or the error is not about availability).</summary>
    Failed = 2,

    /// <summary>The provider was not tried for a create because its circuit is open (or a probe is already in flight).</summary>
    Skipped = 3,

    /// <summary>The provider failed repeatedly: creates skip it for the break duration.</summary>
    CircuitOpened = 4,

    /// <summary>The provider served a call again after its circuit had opened.</summary>
    CircuitClosed = 5,
}
