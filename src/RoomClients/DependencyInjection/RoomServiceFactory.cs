using Microsoft.Extensions.DependencyInjection;

namespace RoomClients.DependencyInjection;

internal sealed class RoomServiceFactory(IServiceProvider services, RoomClientsRegistry registry) : IRoomServiceFactory
{
    public IReadOnlyList<string> Names => registry.Names;

    public string? DefaultName => registry.DefaultName;

    public IRoomService GetRoomService(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!TryGetRoomService(name, out var service))
        {
            throw new ArgumentException(
                $"No room service is registered as '{name}'. Registered: {(registry.Names.Count == 0 ? "none" : string.Join(", ", registry.Names))}.",
                nameof(name));
        }

        return service;
    }

    public bool TryGetRoomService(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRoomService? service)
    {
        service = registry.Contains(name) ? services.GetRequiredKeyedService<IRoomService>(name) : null;
        return service is not null;
    }
}
