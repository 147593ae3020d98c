namespace RoomClients.Routing;

/// <summary>Something a failover did with one of its providers; delivered to <see cref="RoomFailoverOptions.OnEvent"/> and logged.</summary>
public sealed class RoomFailoverEvent
{
    /// <summary>Gets the failover's registration name.</summary>
    public required string Failover { get; init; }

    /// <summary>Gets the registration name of the provider concerned.</summary>
    public required string Provider { get; init; }

    /// <summary>Gets what happened.</summary>
    public required RoomFailoverEventKind Kind { get; init; }

    /// <summary>Gets the operation, such as <c>CreateRoom</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>Gets when it happened, by the failover's clock.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Gets the room concerned, once known (a served create, get or update; the room of a delete).</summary>
    public RoomReference? Room { get; init; }

    /// <summary>Gets the error, for <see cref="RoomFailoverEventKind.FellOver"/>, <see cref="RoomFailoverEventKind.Failed"/> and <see cref="RoomFailoverEventKind.CircuitOpened"/>.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Gets why a provider was skipped, for <see cref="RoomFailoverEventKind.Skipped"/>.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Failover}: {Operation} {Kind} {Provider}{(Room is { } room ? " " + room.ToString() : string.Empty)}{(Reason is null ? string.Empty : ": " + Reason)}{(Exception is null ? string.Empty : ": " + Exception.Message)}";
}
