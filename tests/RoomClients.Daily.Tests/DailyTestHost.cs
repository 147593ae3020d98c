using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared.Hosts;
using WireMock.Logging;
using WireMock.ResponseBuilders;

namespace RoomClients.Daily.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class DailyTestHost(Action<DailyOptions>? configure = null, Action<RoomClientsBuilder>? rooms = null, Action<IServiceCollection>? services = null)
    : WireMockTestHost((builder, root) => builder.AddDaily(o =>
    {
        o.ApiKey = ApiKey;
        o.BaseAddress = new Uri(root, "/v1/");
        configure?.Invoke(o);
    }), rooms, services)
{
    public static readonly string ApiKey = "test-" + Guid.NewGuid().ToString("N"); // generated at test time

    public IDailyApi Api => Services.GetRequiredService<IDailyApi>();

    public ILogEntry Request(string method, string path) =>
        Assert.Single(Server.LogEntries, e => e.RequestMessage!.Method == method && e.RequestMessage.Path == path);

    public void Answer(string method, string path, int status, string body, int priority = 0) =>
        Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(path).UsingMethod(method)).AtPriority(priority)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
}
