using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing.Vectera;

namespace RoomClients.Vectera.Tests;

/// <summary>The Vectera simulator and the SDK registered against it.</summary>
internal sealed class SimulatedVectera : IAsyncDisposable
{
    public SimulatedVectera(string? token = null)
    {
        Simulator = new VecteraSimulator();
        var services = new ServiceCollection();
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        rooms.AddVectera(o =>
        {
            o.ApiToken = token ?? Simulator.ApiToken;
            o.BaseAddress = Simulator.BaseAddress;
        });
        Services = services.BuildServiceProvider();
    }

    public VecteraSimulator Simulator { get; }

    public ServiceProvider Services { get; }

    public IVecteraApi Api => Services.GetRequiredService<IVecteraApi>();

    public IRoomService Rooms => Services.GetRequiredService<IRoomService>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Simulator.Dispose();
    }
}
