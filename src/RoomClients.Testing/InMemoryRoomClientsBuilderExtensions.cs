using Microsoft.Extensions.DependencyInjection;

namespace RoomClients.Testing;

/// <summary>Registers <see cref="InMemoryRoomService"/> with the RoomClients builder.</summary>
public static class InMemoryRoomClientsBuilderExtensions
{
    /// <summary>Registers one shared <see cref="InMemoryRoomService"/> under <paramref name="name"/>.</summary>
    /// <param name="target">The builder.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration's pipeline, to add stages.</returns>
    public static RoomServiceRegistrationBuilder AddInMemory(this IRoomClientsBuilder target, string name = RoomProviders.InMemory)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        builder.Services.AddKeyedSingleton(name, (sp, _) => new InMemoryRoomService(sp.GetService<TimeProvider>()));
        return builder.AddRoomService(name, sp => sp.GetRequiredKeyedService<InMemoryRoomService>(name));
    }
}
