using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Webhooks;

namespace RoomClients.AspNetCore.Tests;

/// <summary>The in-process default: claims expire after their window on the registered clock, and memory stays bounded.</summary>
public sealed class InMemoryRoomEventDeduplicatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_claim_holds_for_its_window_and_then_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-03T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var store = new InMemoryRoomEventDeduplicator(time, 100);

        Assert.True(await store.TryBeginAsync("a", TimeSpan.FromMinutes(10), Ct));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await store.TryBeginAsync("a", TimeSpan.FromMinutes(10), Ct));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await store.TryBeginAsync("a", TimeSpan.FromMinutes(10), Ct));
    }

    [Fact]
    public async Task A_released_claim_can_be_taken_again()
    {
        var store = new InMemoryRoomEventDeduplicator(new FakeTimeProvider(), 100);

        Assert.True(await store.TryBeginAsync("a", TimeSpan.FromHours(1), Ct));
        await store.ReleaseAsync("a", Ct);
        Assert.True(await store.TryBeginAsync("a", TimeSpan.FromHours(1), Ct));
        Assert.False(await store.TryBeginAsync("a", TimeSpan.FromHours(1), Ct));
    }

    [Fact]
    public async Task Memory_is_bounded_and_the_claim_closest_to_expiry_goes_first()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryRoomEventDeduplicator(time, 3);

        Assert.True(await store.TryBeginAsync("long", TimeSpan.FromHours(2), Ct));
        Assert.True(await store.TryBeginAsync("short", TimeSpan.FromMinutes(5), Ct));
        Assert.True(await store.TryBeginAsync("mid", TimeSpan.FromHours(1), Ct));
        Assert.True(await store.TryBeginAsync("new", TimeSpan.FromHours(1), Ct)); // full: "short" is forgotten

        Assert.Equal(3, store.Count);
        Assert.False(await store.TryBeginAsync("long", TimeSpan.FromHours(2), Ct));
        Assert.True(await store.TryBeginAsync("short", TimeSpan.FromMinutes(5), Ct));
    }

    [Fact]
    public async Task Many_released_and_reclaimed_keys_do_not_grow_memory_past_the_bound()
    {
        var store = new InMemoryRoomEventDeduplicator(new FakeTimeProvider(), 10);
        for (var i = 0; i < 1000; i++)
        {
            Assert.True(await store.TryBeginAsync($"k{i % 25}", TimeSpan.FromHours(1), Ct) || i >= 25);
            await store.ReleaseAsync($"k{i % 7}", Ct);
        }

        Assert.InRange(store.Count, 0, 10);
    }

    [Fact]
    public void AddRoomWebhooks_registers_the_in_process_store_on_the_registered_clock()
    {
        var time = new FakeTimeProvider();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(time).AddRoomWebhooks(o => o.MaxRememberedEvents = 5).BuildServiceProvider();

        var store = Assert.IsType<InMemoryRoomEventDeduplicator>(provider.GetRequiredService<IRoomEventDeduplicator>());
        Assert.Contains("at most 5", store.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Redis_replaces_the_in_process_store_whichever_is_registered_first()
    {
        using var before = new ServiceCollection().AddRedisRoomEventDeduplication("127.0.0.1:1").AddRoomWebhooks().BuildServiceProvider();
        using var after = new ServiceCollection().AddRoomWebhooks().AddRedisRoomEventDeduplication("127.0.0.1:1").BuildServiceProvider();

        Assert.Single(new ServiceCollection().AddRoomWebhooks().AddRedisRoomEventDeduplication("127.0.0.1:1"), d => d.ServiceType == typeof(IRoomEventDeduplicator));
        Assert.Contains("Redis", before.GetRequiredService<IRoomEventDeduplicator>().ToString(), StringComparison.Ordinal);
        Assert.Contains("Redis", after.GetRequiredService<IRoomEventDeduplicator>().ToString(), StringComparison.Ordinal);
    }
}
