using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Vectera.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class VecteraTestHost : IAsyncDisposable
{
    public static readonly string ApiToken = $"test-{Guid.NewGuid():N}";

    public VecteraTestHost(Action<VecteraOptions>? configure = null)
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var collection = new ServiceCollection();
        var builder = collection.AddRoomClients();
        builder.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        builder.AddVectera(o =>
        {
            o.ApiToken = ApiToken;
            o.BaseAddress = new Uri(Server.Url + "/api/v2/");
            configure?.Invoke(o);
        });
        Services = collection.BuildServiceProvider();
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IVecteraApi Api => Services.GetRequiredService<IVecteraApi>();

    public IRoomService Rooms => Services.GetRequiredService<IRoomService>();

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public ILogEntry SingleRequest() => Assert.Single(Server.LogEntries);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Server.Stop();
        Server.Dispose();
    }
}
