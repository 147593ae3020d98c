using Microsoft.Extensions.DependencyInjection;

namespace RoomClients;

/// <summary>
/// What room registrations are added to: the <see cref="RoomClientsBuilder"/> itself, or the
/// <see cref="RoomServiceRegistrationBuilder"/> a registration returned, so that registrations chain
/// (<c>rooms.AddWhereby().Use(…).AddEnableX()</c>). Provider packages extend this interface.
/// </summary>
public interface IRoomClientsBuilder
{
    /// <summary>Gets the service collection.</summary>
    IServiceCollection Services { get; }

    /// <summary>Gets the builder registrations are added to.</summary>
    RoomClientsBuilder Rooms { get; }
}
