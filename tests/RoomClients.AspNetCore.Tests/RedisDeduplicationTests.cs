using Microsoft.Extensions.DependencyInjection;
using RoomClients.Webhooks;
using StackExchange.Redis;

namespace RoomClients.AspNetCore.Tests;

/// <summary>Two application instances behind one load balancer share de-duplication through one real redis-server.</summary>
public sealed class RedisDeduplicationTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Prefix { get; } = $"test-{Guid.NewGuid():N}:";

    [Fact]
    public async Task The_same_event_sent_to_two_instances_is_handled_once()
    {
        redis.SkipUnlessRunning();
        await using var a = await StartAsync();
        await using var b = await StartAsync();
        var body = Signed.WherebyEvent("evt-two-instances");

        Assert.Equal(200, await a.SendAsync(Signed.Whereby(body)));
        Assert.Equal(200, await b.SendAsync(Signed.Whereby(body))); // the duplicate lands on the other instance
        Assert.Equal(200, await b.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-second"))));

        Assert.Equal(["evt-two-instances"], a.Handled.Select(h => h.Event.Id!));
        Assert.Equal(["evt-second"], b.Handled.Select(h => h.Event.Id!));
    }

    [Fact]
    public async Task Simultaneous_deliveries_to_two_instances_are_handled_exactly_once()
    {
        redis.SkipUnlessRunning();
        await using var a = await StartAsync();
        await using var b = await StartAsync();

        for (var i = 0; i < 20; i++)
        {
            var body = Signed.WherebyEvent($"evt-race-{i}");
            var answers = await Task.WhenAll(a.SendAsync(Signed.Whereby(body)), b.SendAsync(Signed.Whereby(body)));
            Assert.Equal([200, 200], answers);
        }

        Assert.Equal(20, a.Handled.Count + b.Handled.Count);
        Assert.Equal(20, a.Handled.Concat(b.Handled).Select(h => h.Event.Id).Distinct().Count());
    }

    [Fact]
    public async Task An_event_without_an_id_is_deduplicated_across_instances_by_its_body()
    {
        redis.SkipUnlessRunning();
        await using var a = await StartAsync();
        await using var b = await StartAsync();
        const string Started = """{"event":"meeting.started","event_ts":1764763200001,"payload":{"account_id":"acc","object":{"id":"9","uuid":"u-9"}}}""";

        Assert.Equal(200, await a.SendAsync(Signed.Zoom(Started)));
        Assert.Equal(200, await b.SendAsync(Signed.Zoom(Started)));

        Assert.Single(a.Handled);
        Assert.Empty(b.Handled);
    }

    [Fact]
    public async Task A_failure_on_one_instance_releases_the_event_for_the_redelivery_to_the_other()
    {
        redis.SkipUnlessRunning();
        await using var a = await StartAsync();
        await using var b = await StartAsync();
        var body = Signed.WherebyEvent("evt-fails-on-a");
        a.Behaviour = (_, _) => throw new InvalidOperationException("instance A lost its database");

        Assert.Equal(500, await a.SendAsync(Signed.Whereby(body)));
        Assert.Equal(200, await b.SendAsync(Signed.Whereby(body))); // Whereby's retry, balanced to B
        Assert.Equal(200, await a.SendAsync(Signed.Whereby(body)));

        Assert.Empty(a.Handled);
        Assert.Single(b.Handled);
    }

    [Fact]
    public async Task Keys_carry_the_prefix_and_expire_with_the_parsers_window()
    {
        redis.SkipUnlessRunning();
        await using var a = await StartAsync();

        Assert.Equal(200, await a.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-key"))));

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var database = connection.GetDatabase();
        var key = Prefix + "whereby:id:evt-key";
        Assert.True(await database.KeyExistsAsync(key));
        var ttl = await database.KeyTimeToLiveAsync(key);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1)); // Whereby: max(tolerance, 1 h)
    }

    [Fact]
    public async Task A_registered_connection_multiplexer_is_used_and_the_store_claims_atomically()
    {
        redis.SkipUnlessRunning();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var services = new ServiceCollection()
            .AddSingleton<IConnectionMultiplexer>(connection)
            .AddRoomWebhooks()
            .AddRedisRoomEventDeduplication(o => o.KeyPrefix = Prefix);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IRoomEventDeduplicator>();
        Assert.Contains("Redis", store.ToString(), StringComparison.Ordinal);

        Assert.True(await store.TryBeginAsync("k", TimeSpan.FromMinutes(1), Ct));
        Assert.False(await store.TryBeginAsync("k", TimeSpan.FromMinutes(1), Ct));
        await store.ReleaseAsync("k", Ct);
        Assert.True(await store.TryBeginAsync("k", TimeSpan.FromMinutes(1), Ct));
        Assert.True(connection.IsConnected); // not disposed by the container: it is the application's
    }

    [Fact]
    public async Task An_unreachable_Redis_answers_503_so_the_provider_redelivers_and_nothing_is_handled()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var app = await WebhookApp.StartAsync(services => services.AddRedisRoomEventDeduplication($"127.0.0.1:{port},connectTimeout=500,syncTimeout=500,asyncTimeout=500"));

        Assert.Equal(503, await app.SendAsync(Signed.Whereby(Signed.WherebyEvent("evt-no-redis"))));
        Assert.Empty(app.Handled);
    }

    private Task<WebhookApp> StartAsync() =>
        WebhookApp.StartAsync(services => services.AddRedisRoomEventDeduplication(o =>
        {
            o.Configuration = redis.Configuration;
            o.KeyPrefix = Prefix;
        }));
}
