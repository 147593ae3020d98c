using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoomClients.Http;
using RoomClients.Telemetry;

namespace RoomClients.DependencyInjection;

/// <summary>One registration: its name, the service it wraps and its stages. Read when the service is resolved, so stages may be added in any order.</summary>
internal sealed class RoomServiceRegistration(string name, Func<IServiceProvider, IRoomService> factory)
{
    public string Name { get; } = name;

    public List<Func<IRoomService, IServiceProvider, IRoomService>> Stages { get; } = [];

    public bool Telemetry { get; set; } = true;

    /// <summary>Builds the service, innermost first: adapter, telemetry, this registration's stages, every registration's stages, the owner stamp (done by the telemetry stage when there is no other stage).</summary>
    public IRoomService Build(IServiceProvider services, RoomClientsRegistry registry)
    {
        var service = factory(services) ?? throw new InvalidOperationException($"The factory of room service '{Name}' returned null.");
        var noStages = Stages.Count == 0 && registry.Stages.Count == 0;
        if (Telemetry && registry.Telemetry)
        {
            service = new TelemetryRoomService(
                service,
                Name,
                services.GetRequiredService<RoomClientsInstruments>(),
                services.GetService<ILoggerFactory>()?.CreateLogger("RoomClients") ?? NullLogger.Instance,
                services.GetKeyedService<RoomRedactor>(Name) ?? RoomRedactor.None,
                stampOwner: noStages);
            if (noStages)
            {
                return service; // the telemetry stage is outermost and stamps the owner itself: one decorator less per call
            }
        }

        service = Wrap(service, Stages, services);
        service = Wrap(service, registry.Stages, services);
        return new RegistrationOwnerRoomService(service, Name);
    }

    private IRoomService Wrap(IRoomService service, List<Func<IRoomService, IServiceProvider, IRoomService>> stages, IServiceProvider services)
    {
        // First added is outermost: wrap from the last one outwards.
        for (var i = stages.Count - 1; i >= 0; i--)
        {
            service = stages[i](service, services) ?? throw new InvalidOperationException($"A stage of room service '{Name}' returned null instead of a service.");
        }

        return service;
    }
}
