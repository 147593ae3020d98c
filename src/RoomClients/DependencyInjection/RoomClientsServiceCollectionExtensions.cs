using Microsoft.Extensions.DependencyInjection.Extensions;

using RoomClients;
using RoomClients.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Entry point: <c>services.AddRoomClients(rooms =&gt; rooms.AddWhereby())</c>.</summary>
public static class RoomClientsServiceCollectionExtensions
{
    /// <summary>Adds the RoomClients services and returns the builder to register providers with.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder. Calling this again returns a builder over the same registrations.</returns>
    public static RoomClientsBuilder AddRoomClients(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(RoomClientsRegistry) && d.ImplementationInstance is not null)
            ?.ImplementationInstance as RoomClientsRegistry;
        if (registry is null)
        {
            registry = new RoomClientsRegistry();
            services.AddSingleton(registry);
            services.TryAddSingleton<IRoomServiceFactory, RoomServiceFactory>();
            services.TryAddSingleton<RoomClients.Routing.IRoomRouter, RoomClients.Routing.RoomRouter>();
            services.TryAddSingleton(sp => new RoomClients.Telemetry.RoomClientsInstruments(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
            services.AddHttpClient();
        }

        return new RoomClientsBuilder(services, registry);
    }

    /// <summary>Adds the RoomClients services and registers providers.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Registers providers, such as <c>rooms =&gt; rooms.AddWhereby()</c>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRoomClients(this IServiceCollection services, Action<RoomClientsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(services.AddRoomClients());
        return services;
    }
}
