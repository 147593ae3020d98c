using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Tests.Shared.Hosts;

/// <summary>
/// A WireMock server on loopback and the SDK registered against it as a user would register it, with the fast retry
/// delay and the circuit breaker out of the way that every provider's request tests use. Each provider's
/// <c>&lt;Provider&gt;TestHost</c> is a thin wrapper that says how to register the provider against <see cref="Server"/>.
/// </summary>
internal class WireMockTestHost : IAsyncDisposable
{
    /// <summary>Starts the server, then registers: <paramref name="services"/> first, the provider (<paramref name="register"/>, given the server's root), then <paramref name="rooms"/>.</summary>
    public WireMockTestHost(
        Action<RoomClientsBuilder, Uri> register,
        Action<RoomClientsBuilder>? rooms = null,
        Action<IServiceCollection>? services = null,
        ServiceProviderOptions? options = null)
    {
        Server = Start();
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var builder = collection.AddRoomClients();
        builder.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        register(builder, new Uri(Server.Url!));
        rooms?.Invoke(builder);
        Services = options is null ? collection.BuildServiceProvider() : collection.BuildServiceProvider(options);
    }

    /// <summary>The provider's server.</summary>
    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IRoomService Rooms => Services.GetRequiredService<IRoomService>();

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public ILogEntry SingleRequest() => Assert.Single(Server.LogEntries);

    /// <summary>Starts a WireMock server on a free loopback port.</summary>
    public static WireMockServer Start() =>
        WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });

    public virtual async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
