namespace RoomClients.Routing;

/// <summary>A failover's view of one of its providers, from <see cref="IRoomFailover.GetHealth"/>.</summary>
public sealed class RoomProviderHealth
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="name">The provider's registration name.</param>
    /// <param name="state">Whether creates are sent to it.</param>
    /// <param name="consecutiveFailures">Calls in a row that failed with <see cref="RoomProviderUnavailableException"/>.</param>
    /// <param name="openUntil">While <see cref="RoomCircuitState.Open"/>: when it may be probed again.</param>
    /// <param name="lastFailure">The message of the last such failure, if any.</param>
    public RoomProviderHealth(string name, RoomCircuitState state, int consecutiveFailures, DateTimeOffset? openUntil, string? lastFailure)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        State = state;
        ConsecutiveFailures = consecutiveFailures;
        OpenUntil = openUntil;
        LastFailure = lastFailure;
    }

    /// <summary>Gets the provider's registration name.</summary>
    public string Name { get; }

    /// <summary>Gets whether creates are sent to it.</summary>
    public RoomCircuitState State { get; }

    /// <summary>Gets how many calls in a row failed with <see cref="RoomProviderUnavailableException"/>.</summary>
    public int ConsecutiveFailures { get; }

    /// <summary>Gets, while <see cref="RoomCircuitState.Open"/>, when it may be probed again.</summary>
    public DateTimeOffset? OpenUntil { get; }

    /// <summary>Gets the message of the last such failure, if any.</summary>
    public string? LastFailure { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}: {State}, {ConsecutiveFailures} consecutive failure(s){(OpenUntil is { } until ? $", open until {until:O}" : string.Empty)}";
}
