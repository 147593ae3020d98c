using RoomClients.Webhooks;
using StackExchange.Redis;

namespace RoomClients.StackExchangeRedis;

/// <summary>
/// De-duplication every instance shares: a claim is <c>SET &lt;prefix&gt;&lt;key&gt; 1 NX PX &lt;window&gt;</c> (atomic: of two
/// instances receiving one event at once exactly one gets it), which Redis expires by itself; a release is <c>DEL</c>.
/// </summary>
internal sealed class RedisRoomEventDeduplicator : IRoomEventDeduplicator, IAsyncDisposable, IDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection;
    private readonly string _prefix;
    private readonly int _database;
    private IConnectionMultiplexer? _opened; // the connection this store opened (and closes)

    public RedisRoomEventDeduplicator(RedisRoomEventDeduplicationOptions options, IConnectionMultiplexer? registered)
    {
        ArgumentNullException.ThrowIfNull(options);
        _prefix = options.KeyPrefix ?? string.Empty;
        _database = options.Database;
        if (options.ConnectionMultiplexerFactory is { } factory)
        {
            _connection = new(factory);
        }
        else if (registered is not null)
        {
            _connection = new(Task.FromResult(registered));
        }
        else if (!string.IsNullOrWhiteSpace(options.Configuration))
        {
            var configuration = ConfigurationOptions.Parse(options.Configuration);
            configuration.AbortOnConnectFail = false; // reconnect in the background instead of failing for good
            _connection = new(async () => _opened = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false));
        }
        else
        {
            throw new InvalidOperationException("Redis event de-duplication needs a connection: set RedisRoomEventDeduplicationOptions.Configuration or ConnectionMultiplexerFactory, or register an IConnectionMultiplexer.");
        }
    }

    public async ValueTask<bool> TryBeginAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        return await database.StringSetAsync(_prefix + key, "1", window, When.NotExists).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.KeyDeleteAsync(_prefix + key).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _opened, null) is { } opened)
        {
            await opened.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        // A container disposed synchronously: close the connection this store opened, if it opened one.
        Interlocked.Exchange(ref _opened, null)?.Dispose();
    }

    public override string ToString() => $"Redis event de-duplication (keys '{_prefix}…')";

    private async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken) =>
        (await _connection.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).GetDatabase(_database);
}
