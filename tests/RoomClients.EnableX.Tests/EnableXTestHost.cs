using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.EnableX.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class EnableXTestHost : IAsyncDisposable
{
    public const string AppId = "5f1e2d3c4b5a69788796a5b4";
    public const string AppKey = "test-app-key-9f8e7d";
    public const string Subdomain = "acme";

    public EnableXTestHost(Action<EnableXOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var builder = collection.AddRoomClients();
        builder.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        builder.AddEnableX(o =>
        {
            o.AppId = AppId;
            o.AppKey = AppKey;
            o.MeetingSubdomain = Subdomain;
            o.BaseAddress = new Uri(Server.Url + "/");
            configure?.Invoke(o);
        });
        Services = collection.BuildServiceProvider();
    }

    public static string BasicHeader => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{AppId}:{AppKey}"));

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IEnableXApi Api => Services.GetRequiredService<IEnableXApi>();

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
