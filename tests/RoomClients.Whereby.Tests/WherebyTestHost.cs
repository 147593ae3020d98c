using Microsoft.Extensions.DependencyInjection;
using RoomClients.Whereby;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Whereby.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class WherebyTestHost : IAsyncDisposable
{
    public const string ApiKey = "test-key-9f8e7d";

    public WherebyTestHost(Action<WherebyOptions>? configure = null, Action<RoomClientsBuilder>? rooms = null, Action<IServiceCollection>? services = null)
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
        builder.AddWhereby(o =>
        {
            o.ApiKey = ApiKey;
            o.BaseAddress = new Uri(Server.Url + "/v1/");
            configure?.Invoke(o);
        });
        rooms?.Invoke(builder);
        Services = collection.BuildServiceProvider();
    }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IWherebyApi Api => Services.GetRequiredService<IWherebyApi>();

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
