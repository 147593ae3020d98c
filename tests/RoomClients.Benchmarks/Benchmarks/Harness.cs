using Microsoft.Extensions.DependencyInjection;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Benchmarks;

/// <summary>The server, the SDK built by DI as a user builds it, and the baseline, for one provider.</summary>
public sealed class Harness : IAsyncDisposable
{
    private Harness(ProviderBench provider, CannedServer server, ServiceProvider services, IBaselineClient baseline)
    {
        Provider = provider;
        Server = server;
        Services = services;
        Baseline = baseline;
        Rooms = ResolveRooms(services, provider);
    }

    /// <summary>Gets the provider.</summary>
    public ProviderBench Provider { get; }

    /// <summary>Gets the canned server.</summary>
    public CannedServer Server { get; }

    /// <summary>Gets the SDK's container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Gets the SDK's room service, resolved once (as a singleton consumer holds it).</summary>
    public IRoomService Rooms { get; }

    /// <summary>Gets the hand-written client.</summary>
    public IBaselineClient Baseline { get; }

    /// <summary>Starts the server and builds both clients.</summary>
    public static Harness Start(string providerName)
    {
        var provider = ProviderBenches.Get(providerName);
        var server = CannedServer.StartAsync().GetAwaiter().GetResult();
        return new Harness(provider, server, BuildSdk(provider, server.BaseAddress), provider.CreateBaseline(server.BaseAddress));
    }

    /// <summary>Builds the SDK exactly as a user registers it: <c>AddRoomClients(rooms =&gt; rooms.AddX(…))</c>, defaults on (auth, resilience, telemetry).</summary>
    public static ServiceProvider BuildSdk(ProviderBench provider, Uri server)
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => provider.AddSdk(rooms, server));
        return services.BuildServiceProvider();
    }

    /// <summary>Resolves the provider's <see cref="IRoomService"/> the way an injected consumer gets it.</summary>
    public static IRoomService ResolveRooms(IServiceProvider services, ProviderBench provider) =>
        services.GetRequiredKeyedService<IRoomService>(provider.Name);

    /// <summary>Makes one get on each side so connections and JIT are warm before measuring.</summary>
    public async Task WarmAsync()
    {
        await Rooms.GetRoomAsync(Provider.RoomId).ConfigureAwait(false);
        await Baseline.GetAsync(Provider.RoomId).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Baseline.Dispose();
        await Services.DisposeAsync().ConfigureAwait(false);
        await Server.DisposeAsync().ConfigureAwait(false);
    }
}
