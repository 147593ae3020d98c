using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing.Vonage;

namespace RoomClients.Vonage.Tests;

/// <summary>The Vonage simulator and the SDK registered against it with the simulator's key pair.</summary>
internal sealed class VonageSimulatorHost : IAsyncDisposable
{
    public VonageSimulatorHost(Action<VonageOptions>? configure = null, TimeProvider? time = null)
    {
        Simulator = new VonageSimulator(timeProvider: time);
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time); // the SDK signs its tokens on the simulator's clock
        }

        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        rooms.AddVonage(o =>
        {
            o.ApplicationId = Simulator.ApplicationId;
            o.PrivateKey = Simulator.PrivateKeyPem;
            o.BaseAddress = Simulator.BaseAddress;
            configure?.Invoke(o);
        });
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public VonageSimulator Simulator { get; }

    public ServiceProvider Services { get; }

    public IRoomService Rooms => Services.GetRequiredService<IRoomService>();

    public IVonageMeetingsApi Api => Services.GetRequiredService<IVonageMeetingsApi>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Simulator.Dispose();
    }
}
