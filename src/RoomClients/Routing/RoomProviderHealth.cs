namespace RoomClients.Routing;

/// <summary>A failover's view of one of its providers, from <see cref="IRoomFailover.GetHealth"/>.</summary>
/// <param name="Name">The provider's registration name.</param>
/// <param name="State">Whether creates are sent to it.</param>
/// <param name="ConsecutiveFailures">Calls in a row that failed with <see cref="RoomProviderUnavailableException"/>.</param>
/// <param name="OpenUntil">While <see cref="RoomCircuitState.Open"/>: when it may be probed again.</param>
/// <param name="LastFailure">The message of the last such failure, if any.</param>
public sealed record RoomProviderHealth(
    string Name,
    RoomCircuitState State,
    int ConsecutiveFailures,
    DateTimeOffset? OpenUntil,
    string? LastFailure);
