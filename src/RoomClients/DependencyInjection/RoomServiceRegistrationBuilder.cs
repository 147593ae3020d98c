using Microsoft.Extensions.DependencyInjection;

using RoomClients.DependencyInjection;

namespace RoomClients;

/// <summary>
/// The pipeline of one registration, returned by <c>AddWhereby()</c>, <c>AddFailover(…)</c>,
/// <see cref="RoomClientsBuilder.AddRoomService"/>…: <c>rooms.AddWhereby().Use(inner =&gt; new MyRoomService(inner))</c>.
/// </summary>
/// <remarks>
/// A resolved service is, from the outside in: the stamp that marks returned rooms with the registration name
/// (<see cref="Room.RegistrationName"/>; always there, so rooms from any stage carry it), the stages added with
/// <see cref="RoomClientsBuilder.Use(Func{IRoomService, IRoomService})"/> for every registration, this registration's
/// <see cref="Use(Func{IRoomService, IRoomService})"/> stages (first added outermost, as in <c>ChatClientBuilder</c>),
/// the SDK's telemetry (unless <see cref="WithoutTelemetry"/>), then the provider's adapter.
/// Every stage is reachable through <see cref="IRoomService.GetService"/>.
/// </remarks>
public sealed class RoomServiceRegistrationBuilder : IRoomClientsBuilder
{
    private readonly RoomServiceRegistration _registration;

    internal RoomServiceRegistrationBuilder(RoomClientsBuilder builder, RoomServiceRegistration registration)
    {
        Builder = builder;
        _registration = registration;
    }

    /// <summary>Gets the registration name (the service key).</summary>
    public string Name => _registration.Name;

    /// <summary>Gets the builder this registration was added to, to register more providers.</summary>
    public RoomClientsBuilder Builder { get; }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services => Builder.Services;

    /// <summary>Gets the builder this registration belongs to, so that further registrations chain.</summary>
    RoomClientsBuilder IRoomClientsBuilder.Rooms => Builder;

    /// <summary>Adds a stage around this registration's service; stages added first are outermost.</summary>
    /// <param name="stage">Wraps the inner service, such as <c>inner =&gt; new MyRoomService(inner)</c> (derive from <see cref="DelegatingRoomService"/>).</param>
    /// <returns>This builder.</returns>
    public RoomServiceRegistrationBuilder Use(Func<IRoomService, IRoomService> stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return Use((inner, _) => stage(inner));
    }

    /// <summary>Adds a stage around this registration's service, built with the resolving service provider; stages added first are outermost.</summary>
    /// <param name="stage">Wraps the inner service.</param>
    /// <returns>This builder.</returns>
    public RoomServiceRegistrationBuilder Use(Func<IRoomService, IServiceProvider, IRoomService> stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _registration.Stages.Add(stage);
        return this;
    }

    /// <summary>Marks this registration as the one a plain <see cref="IRoomService"/> resolves to (<see cref="RoomClientsBuilder.SetDefault"/>).</summary>
    /// <returns>This registration's builder.</returns>
    public RoomServiceRegistrationBuilder SetDefault()
    {
        Builder.SetDefault(Name);
        return this;
    }

    /// <summary>
    /// Leaves out the SDK's telemetry stage (spans, metrics and logs; see <see cref="Telemetry.RoomClientsTelemetry"/>)
    /// for this registration. Rooms still carry the registration name. The HTTP client's own logging is not affected.
    /// </summary>
    /// <returns>This builder.</returns>
    public RoomServiceRegistrationBuilder WithoutTelemetry()
    {
        _registration.Telemetry = false;
        return this;
    }
}
