using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>A create whose answer is lost after the provider acted is never sent again; idempotent calls are retried.</summary>
public sealed class NoDuplicateRoomsTests
{
    public static TheoryData<string> Providers => new(ProviderProfile.All.Select(p => p.Name));

    private static ServiceProvider Build(ProviderProfile provider, Uri root)
    {
        var services = new ServiceCollection();
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5); // room for a loaded machine: the held server makes it fire regardless
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(15);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        provider.Register(rooms, root);
        return services.BuildServiceProvider();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_create_whose_connection_drops_after_the_request_was_read_is_sent_once(string name)
    {
        var provider = ProviderProfile.All.Single(p => p.Name == name);
        using var server = new DroppingServer();
        await using var services = Build(provider, server.Url);
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);

        await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.CreateRoomAsync(provider.NewRoom(), TestContext.Current.CancellationToken));

        // The server counts a request before it drops the connection, and retries happen inside the call: once the call
        // has returned, the count is final (no waiting for a retry that might still come).
        Assert.Equal(1, server.RequestsRead); // one room at most was created; never a second
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_create_whose_answer_comes_after_the_timeout_is_sent_once(string name)
    {
        var provider = ProviderProfile.All.Single(p => p.Name == name);
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var created = 0;
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(_ =>
        {
            Interlocked.Increment(ref created); // the provider acts on arrival...
            arrived.TrySetResult();
            release.Wait(TestContext.Current.CancellationToken); // ...and answers only after the call gave up (released by the test)
            return new WireMock.ResponseMessage { StatusCode = 201 };
        }));
        await using var services = Build(provider, new Uri(server.Url!));
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);

        try
        {
            await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.CreateRoomAsync(provider.NewRoom(), TestContext.Current.CancellationToken));
            await arrived.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken); // on a loaded machine the request may land after the client gave up
            Assert.Equal(1, Volatile.Read(ref created)); // retries happen inside the call: once it has returned, none can follow
        }
        finally
        {
            release.Set();
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Idempotent_calls_are_retried_after_a_dropped_connection(string name)
    {
        var provider = ProviderProfile.All.Single(p => p.Name == name);
        using var server = new DroppingServer();
        await using var services = Build(provider, server.Url);
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);
        var ct = TestContext.Current.CancellationToken;

        // 1 attempt + 3 pipeline retries at least (the socket handler may also resend an idempotent request on a fresh connection).
        await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.GetRoomAsync("room-1", ct));
        var afterGet = server.RequestsRead;
        Assert.True(afterGet >= 4, $"GET was sent {afterGet} times");
        await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.DeleteRoomAsync("room-1", ct));
        var afterDelete = server.RequestsRead;
        Assert.True(afterDelete - afterGet >= 4, $"DELETE was sent {afterDelete - afterGet} times");
        await Assert.ThrowsAsync<RoomProviderUnavailableException>(async () =>
        {
            await foreach (var unused in rooms.ListRoomsAsync(cancellationToken: ct))
            {
            }
        });
        Assert.True(server.RequestsRead - afterDelete >= 4, $"the list GET was sent {server.RequestsRead - afterDelete} times");
    }
}
