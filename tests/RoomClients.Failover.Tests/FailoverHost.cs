using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.EnableX;
using RoomClients.Routing;
using RoomClients.Testing.EnableX;
using RoomClients.Testing.Vectera;
using RoomClients.Testing.Whereby;
using RoomClients.Vectera;
using RoomClients.Whereby;

namespace RoomClients.Failover.Tests;

/// <summary>
/// Three providers registered as a user would (real adapters, real HTTP pipeline) against their simulators on loopback,
/// and a failover named "rooms" over some of them. Whereby can be pointed elsewhere (a refused port, a dropping server).
/// </summary>
internal sealed class FailoverHost : IAsyncDisposable
{
    public FailoverHost(
        Action<RoomFailoverOptions> failover,
        Uri? wherebyBaseAddress = null,
        Action<RoomClientsBuilder>? rooms = null,
        string name = "rooms",
        TimeSpan? attemptTimeout = null)
    {
        Name = name;
        var services = new ServiceCollection();
        var builder = services.AddRoomClients();
        builder.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            // Long by default, so that a loaded machine does not turn a slow answer into a failure; the one test about a
            // timeout after sending sets its own.
            o.AttemptTimeout.Timeout = attemptTimeout ?? TimeSpan.FromSeconds(30);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(120);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(2); // at least twice the attempt timeout
            o.CircuitBreaker.MinimumThroughput = 1000; // the failover's own circuits are under test, not Polly's
        });
        builder.AddWhereby(o =>
        {
            o.ApiKey = Whereby.ApiKey;
            o.BaseAddress = wherebyBaseAddress ?? Whereby.BaseAddress;
        });
        builder.AddEnableX(o =>
        {
            o.AppId = EnableX.AppId;
            o.AppKey = EnableX.AppKey;
            o.BaseAddress = EnableX.BaseAddress;
            o.ApiVersionPath = EnableX.ApiVersionPath;
            o.MeetingSubdomain = "failover";
        });
        builder.AddVectera(o =>
        {
            o.ApiToken = Vectera.ApiToken;
            o.BaseAddress = Vectera.BaseAddress;
        });
        builder.AddFailover(Name, f =>
        {
            f.TimeProvider = Time;
            f.OnEvent = Events.Enqueue;
            failover(f);
        });
        rooms?.Invoke(builder);
        Services = services.BuildServiceProvider();
    }

    public string Name { get; }

    public WherebySimulator Whereby { get; } = new();

    public EnableXSimulator EnableX { get; } = new();

    public VecteraSimulator Vectera { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public ConcurrentQueue<RoomFailoverEvent> Events { get; } = new();

    public ServiceProvider Services { get; }

    public IRoomService Rooms => Services.GetRequiredKeyedService<IRoomService>(Name);

    public IRoomFailover Health => Services.GetRequiredKeyedService<IRoomFailover>(Name);

    public IRoomRouter Router => Services.GetRequiredService<IRoomRouter>();

    /// <summary>Rooms that exist on the three simulators together.</summary>
    public int TotalRooms => Whereby.MeetingCount + EnableX.RoomCount + Vectera.RoomCount;

    public IEnumerable<string> EventLog => Events.Select(e => $"{e.Kind} {e.Provider}");

    /// <summary>A loopback URL on which nothing listens: connections are refused.</summary>
    public static Uri RefusedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1/");
    }

    /// <summary>An instant room every instant-capable provider here accepts (no display name: Whereby names rooms itself).</summary>
    public static CreateRoomRequest InstantRoom() => new() { Kind = RoomKind.Instant, EndsAt = DateTimeOffset.UtcNow.AddHours(2) };

    /// <summary>Makes Whereby's next create answer 503 with Retry-After: 0, for the first attempt and the pipeline's three retries.</summary>
    public void WherebyUnavailableForOneCreate(int creates = 1) =>
        Whereby.EnqueueFault(503, """{"error":"maintenance"}""", times: 4 * creates, headers: new Dictionary<string, string> { ["Retry-After"] = "0" });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Whereby.Dispose();
        EnableX.Dispose();
        Vectera.Dispose();
    }
}
