using StackExchange.Redis;

namespace RoomClients.StackExchangeRedis;

/// <summary>Where the shared de-duplication keeps its keys: <c>services.AddRedisRoomEventDeduplication(o =&gt; …)</c>.</summary>
public sealed class RedisRoomEventDeduplicationOptions
{
    /// <summary>
    /// Gets or sets the StackExchange.Redis configuration string (such as <c>redis:6379,password=…</c>). Used when
    /// <see cref="ConnectionMultiplexerFactory"/> is not set and no <see cref="IConnectionMultiplexer"/> is registered.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Gets or sets a factory of the connection to use (for example the application's shared one); it is not disposed here.</summary>
    public Func<Task<IConnectionMultiplexer>>? ConnectionMultiplexerFactory { get; set; }

    /// <summary>Gets or sets the prefix of every key, so applications sharing a Redis do not see each other's events (default <c>roomclients:webhooks:</c>).</summary>
    public string KeyPrefix { get; set; } = "roomclients:webhooks:";

    /// <summary>Gets or sets the database number (default -1: the connection's default database).</summary>
    public int Database { get; set; } = -1;
}
