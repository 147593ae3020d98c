using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RoomClients.AspNetCore;
using RoomClients.DependencyInjection;
using RoomClients.Providers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Health checks for the RoomClients registrations: <c>services.AddHealthChecks().AddRoomClients()</c>.</summary>
public static class RoomClientsHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds one check per RoomClients registration, named <c>roomclients:&lt;name&gt;</c>: the registration builds and its
    /// options are valid (a reload may have made them invalid); with <see cref="RoomClientsHealthCheckOptions.ReadFromProvider"/>
    /// one cheap authenticated read; for a failover, its providers' circuit states (degraded while one is open, unhealthy
    /// when all are). Registrations made after this call are checked too.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="configure">Sets tags, the optional read, the timeout.</param>
    /// <returns>The health checks builder.</returns>
    public static IHealthChecksBuilder AddRoomClients(this IHealthChecksBuilder builder, Action<RoomClientsHealthCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new RoomClientsHealthCheckOptions();
        configure?.Invoke(settings);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.Timeout, TimeSpan.Zero, nameof(configure));
        var services = builder.Services;

        // The registrations are read when the health check options are first built, after every AddRoomClients(…) ran.
        services.AddOptions<HealthCheckServiceOptions>().Configure<IServiceProvider>((options, sp) =>
        {
            if (sp.GetService<RoomClientsRegistry>() is not { } registry)
            {
                return;
            }

            foreach (var name in registry.Names)
            {
                var isFailover = registry.Failovers.ContainsKey(name);
                var clientTypes = services
                    .Where(d => d.IsKeyedService && d.ServiceKey is string key && key == name
                        && d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(ProviderClient<,>))
                    .Select(d => d.ServiceType)
                    .Distinct()
                    .ToArray();
                options.Registrations.Add(new HealthCheckRegistration(
                    $"roomclients:{name}",
                    provider => new RoomRegistrationHealthCheck(name, isFailover, clientTypes, settings.ReadFromProvider, provider),
                    settings.FailureStatus,
                    settings.Tags.ToArray(),
                    settings.Timeout));
            }
        });
        return builder;
    }
}
