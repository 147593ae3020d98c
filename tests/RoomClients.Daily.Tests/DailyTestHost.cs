using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Daily.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class DailyTestHost : IAsyncDisposable
{
    public static readonly string ApiKey = "test-" + Guid.NewGuid().ToString("N"); // generated at test time

    public DailyTestHost(Action<DailyOptions>? configure = null, Action<RoomClientsBuilder>? rooms = null, Action<IServiceCollection>? services = null)
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
        builder.AddDaily(o =>
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

    public IDailyApi Api => Services.GetRequiredService<IDailyApi>();

    public IRoomService Rooms => Services.GetRequiredService<IRoomService>();

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public ILogEntry SingleRequest() => Assert.Single(Server.LogEntries);

    public ILogEntry Request(string method, string path) =>
        Assert.Single(Server.LogEntries, e => e.RequestMessage!.Method == method && e.RequestMessage.Path == path);

    public void Answer(string method, string path, int status, string body, int priority = 0) =>
        Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Server.Stop();
        Server.Dispose();
    }
}
