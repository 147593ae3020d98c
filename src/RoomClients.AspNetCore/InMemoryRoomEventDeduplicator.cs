using RoomClients.Webhooks;

namespace RoomClients.AspNetCore;

/// <summary>
/// The default <see cref="IRoomEventDeduplicator"/>: claims in this process's memory, each expiring after its window,
/// at most <see cref="RoomWebhookOptions.MaxRememberedEvents"/> at once (past it the claim closest to expiry goes
/// first). It sees the duplicates one instance receives; behind a load balancer use a shared store
/// (<c>RoomClients.StackExchangeRedis</c>).
/// </summary>
internal sealed class InMemoryRoomEventDeduplicator : IRoomEventDeduplicator
{
    private readonly Dictionary<string, long> _expiries = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, long> _byExpiry = new();
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly int _capacity;

    public InMemoryRoomEventDeduplicator(TimeProvider time, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _time = time;
        _capacity = capacity;
    }

    /// <summary>Gets how many claims are held now (expired ones included until the next call purges them).</summary>
    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _expiries.Count;
            }
        }
    }

    public ValueTask<bool> TryBeginAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            Purge(now);
            if (_expiries.TryGetValue(key, out var expiry) && expiry > now)
            {
                return ValueTask.FromResult(false);
            }

            while (_expiries.Count >= _capacity && _byExpiry.TryDequeue(out var oldest, out var at))
            {
                if (_expiries.TryGetValue(oldest, out var current) && current == at)
                {
                    _expiries.Remove(oldest);
                }
            }

            var until = now + Math.Min(window.Ticks, DateTimeOffset.MaxValue.UtcTicks - now);
            _expiries[key] = until;
            _byExpiry.Enqueue(key, until);
            if (_byExpiry.Count > 2 * _capacity)
            {
                Compact();
            }

            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (_lock)
        {
            _expiries.Remove(key); // its queue entry goes stale and is skipped when dequeued
        }

        return ValueTask.CompletedTask;
    }

    private void Purge(long now)
    {
        while (_byExpiry.TryPeek(out var key, out var at) && at <= now)
        {
            _byExpiry.Dequeue();
            if (_expiries.TryGetValue(key, out var current) && current == at)
            {
                _expiries.Remove(key);
            }
        }
    }

    private void Compact()
    {
        // Released and re-claimed keys leave stale queue entries behind: rebuild from the live claims.
        _byExpiry.Clear();
        foreach (var (key, at) in _expiries)
        {
            _byExpiry.Enqueue(key, at);
        }
    }

    public override string ToString() => $"in-process event de-duplication ({Count} of at most {_capacity} events remembered)";
}
