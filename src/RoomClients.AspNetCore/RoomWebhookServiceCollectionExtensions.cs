using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.AspNetCore;
using RoomClients.Webhooks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what <c>MapRoomWebhooks</c> needs: <c>builder.Services.AddRoomWebhooks()</c>.</summary>
public static class RoomWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook endpoint's options and, unless another <see cref="IRoomEventDeduplicator"/> is registered
    /// (such as <c>AddRedisRoomEventDeduplication</c>), the in-process de-duplication: bounded
    /// (<see cref="RoomWebhookOptions.MaxRememberedEvents"/>), expiring, on the registered <see cref="TimeProvider"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRoomWebhooks(this IServiceCollection services, Action<RoomWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RoomWebhookOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxBodySize > 0, "RoomWebhookOptions.MaxBodySize must be positive.")
            .Validate(o => o.DeduplicationWindow is null || o.DeduplicationWindow > TimeSpan.Zero, "RoomWebhookOptions.DeduplicationWindow must be positive when set.")
            .Validate(o => o.MaxRememberedEvents > 0, "RoomWebhookOptions.MaxRememberedEvents must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<RoomWebhookServicesMarker>();
        services.TryAddSingleton<IRoomEventDeduplicator>(sp => new InMemoryRoomEventDeduplicator(
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<IOptions<RoomWebhookOptions>>().Value.MaxRememberedEvents));
        return services;
    }
}
