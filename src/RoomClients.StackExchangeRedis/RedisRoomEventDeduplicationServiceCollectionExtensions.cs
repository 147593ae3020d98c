using Microsoft.Extensions.DependencyInjection.Extensions;
using RoomClients.StackExchangeRedis;
using RoomClients.Webhooks;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares webhook de-duplication between instances through Redis: <c>services.AddRedisRoomEventDeduplication("redis:6379")</c>.</summary>
public static class RedisRoomEventDeduplicationServiceCollectionExtensions
{
    /// <summary>Makes Redis the <see cref="IRoomEventDeduplicator"/> (in place of the in-process one), connecting with a StackExchange.Redis configuration string.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration string, such as <c>redis:6379</c>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRedisRoomEventDeduplication(this IServiceCollection services, string configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        return services.AddRedisRoomEventDeduplication(o => o.Configuration = configuration);
    }

    /// <summary>
    /// Makes Redis the <see cref="IRoomEventDeduplicator"/> (in place of the in-process one). The connection is, in order:
    /// <see cref="RedisRoomEventDeduplicationOptions.ConnectionMultiplexerFactory"/>, a registered
    /// <see cref="IConnectionMultiplexer"/>, or one opened from <see cref="RedisRoomEventDeduplicationOptions.Configuration"/>
    /// (and closed with the container).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the connection and the key prefix.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRedisRoomEventDeduplication(this IServiceCollection services, Action<RedisRoomEventDeduplicationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RedisRoomEventDeduplicationOptions();
        configure(options);
        services.Replace(ServiceDescriptor.Singleton<IRoomEventDeduplicator>(sp => new RedisRoomEventDeduplicator(options, sp.GetService<IConnectionMultiplexer>())));
        return services;
    }
}
