using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Routing;
using RoomClients.Tests.Shared;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Failover.Tests;

/// <summary>Creates move to the next provider only when the first certainly did not act; everything else reaches the caller.</summary>
public sealed class FailoverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_healthy_first_provider_serves_the_create()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));

        var room = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal(RoomProviders.Whereby, room.Provider);
        Assert.Equal("whereby", room.Reference.Name);
        Assert.Equal(room.Reference.ToString(), room.Id); // the failover's id of the room: member and member's id
        Assert.Equal(1, host.Whereby.MeetingCount);
        Assert.Equal(0, host.EnableX.RequestCount);
        var served = Assert.Single(host.Events);
        Assert.Equal(RoomFailoverEventKind.Served, served.Kind);
        Assert.Equal("whereby", served.Provider);
        Assert.Equal(room.Reference, served.Room);
    }

    [Fact]
    public async Task A_refused_connection_moves_the_create_to_the_next_provider()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"), wherebyBaseAddress: FailoverHost.RefusedAddress());

        var room = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal(RoomProviders.EnableX, room.Provider);
        Assert.Equal("enablex", room.Reference.Name);
        Assert.Equal(1, host.EnableX.RoomCount);
        Assert.Equal(["FellOver whereby", "Served enablex"], host.EventLog);
        var fellOver = host.Events.First();
        Assert.True(Assert.IsType<RoomProviderUnavailableException>(fellOver.Exception).RequestNotProcessed);
    }

    [Fact]
    public async Task A_503_with_Retry_After_moves_the_create_to_the_next_provider()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        host.WherebyUnavailableForOneCreate();

        var room = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal("enablex", room.Reference.Name);
        Assert.Equal(4, host.Whereby.RequestCount); // the first attempt and three retries, all refused
        Assert.Equal(0, host.Whereby.MeetingCount);
        Assert.Equal(1, host.TotalRooms);
    }

    [Fact]
    public async Task A_plain_503_is_not_failed_over_because_the_provider_may_have_acted()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        host.Whereby.EnqueueFault(503, """{"error":"upstream failed"}""");

        var ex = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct));

        Assert.False(ex.RequestNotProcessed);
        Assert.Equal(RoomProviders.Whereby, ex.Provider);
        Assert.Equal(1, host.Whereby.RequestCount);
        Assert.Equal(0, host.EnableX.RequestCount);
        Assert.Equal(["Failed whereby"], host.EventLog);
    }

    [Theory]
    [InlineData(400, typeof(RoomValidationException))]
    [InlineData(401, typeof(RoomAuthenticationException))]
    [InlineData(403, typeof(RoomAuthenticationException))]
    [InlineData(409, typeof(RoomConflictException))]
    [InlineData(422, typeof(RoomValidationException))]
    [InlineData(429, typeof(RoomRateLimitedException))]
    [InlineData(500, typeof(RoomProviderUnavailableException))]
    public async Task Errors_that_are_not_a_certain_refusal_reach_the_caller_and_no_other_provider_is_called(int status, Type expected)
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        host.Whereby.EnqueueFault(status, """{"error":"no"}""", times: 4); // enough for the pipeline's retries of a 429

        var ex = await Assert.ThrowsAnyAsync<RoomServiceException>(() => host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct));

        Assert.IsType(expected, ex);
        Assert.Equal(0, host.EnableX.RequestCount);
        Assert.Equal(0, host.TotalRooms);
    }

    [Fact]
    public async Task A_request_the_SDK_rejects_is_not_sent_anywhere()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));

        var ex = await Assert.ThrowsAsync<RoomValidationException>(() =>
            host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(-1) }, Ct));

        Assert.Equal("EndsAt", ex.Field);
        Assert.Equal(0, host.Whereby.RequestCount);
        Assert.Equal(0, host.EnableX.RequestCount);
    }

    [Fact]
    public async Task A_create_whose_connection_drops_after_the_request_was_read_surfaces_and_is_not_sent_elsewhere()
    {
        using var dropping = new DroppingServer();
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"), wherebyBaseAddress: new Uri(dropping.Url, "/v1/"));

        var ex = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct));

        Assert.False(ex.RequestNotProcessed);
        Assert.Equal(1, dropping.RequestsRead); // whereby may have created the room...
        Assert.Equal(0, host.EnableX.RequestCount); // ...so nobody else was asked
        Assert.Equal(0, host.TotalRooms);
    }

    [Fact]
    public async Task A_create_that_timed_out_after_the_provider_received_it_leaves_exactly_one_room()
    {
        using var slow = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var created = 0;
        using var release = new ManualResetEventSlim();
        slow.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(_ =>
        {
            Interlocked.Increment(ref created); // the provider creates the room on arrival...
            release.Wait(Ct); // ...and answers only after the attempt timeout has ended the call (released by the test)
            return new WireMock.ResponseMessage { StatusCode = 201 };
        }));
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"), wherebyBaseAddress: new Uri(slow.Url + "/v1/"), attemptTimeout: TimeSpan.FromSeconds(1));

        try
        {
            var ex = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct));

            Assert.False(ex.RequestNotProcessed);
            Assert.Equal(1, Volatile.Read(ref created) + host.TotalRooms);
            Assert.Equal(0, host.EnableX.RequestCount);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task The_circuit_opens_after_the_threshold_then_a_probe_after_the_break_closes_it()
    {
        await using var host = new FailoverHost(f =>
        {
            f.Use("whereby").Then("enablex");
            f.FailureThreshold = 2;
            f.BreakDuration = TimeSpan.FromMinutes(1);
        });
        host.WherebyUnavailableForOneCreate(creates: 2);

        await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        Assert.Equal(RoomCircuitState.Closed, host.Health.GetHealth()[0].State);
        await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        var opened = host.Health.GetHealth()[0];
        Assert.Equal(RoomCircuitState.Open, opened.State);
        Assert.Equal(2, opened.ConsecutiveFailures);
        Assert.Equal(host.Time.GetUtcNow() + TimeSpan.FromMinutes(1), opened.OpenUntil);
        var callsWhenOpened = host.Whereby.RequestCount;

        var whileOpen = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal("enablex", whileOpen.Reference.Name);
        Assert.Equal(callsWhenOpened, host.Whereby.RequestCount); // whereby was not even called
        Assert.Contains(host.Events, e => e.Kind == RoomFailoverEventKind.CircuitOpened && e.Provider == "whereby");
        Assert.Contains(host.Events, e => e.Kind == RoomFailoverEventKind.Skipped && e.Provider == "whereby");

        host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(RoomCircuitState.HalfOpen, host.Health.GetHealth()[0].State);
        var probe = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal("whereby", probe.Reference.Name);
        Assert.Equal(RoomCircuitState.Closed, host.Health.GetHealth()[0].State);
        Assert.Equal(RoomFailoverEventKind.CircuitClosed, host.Events.Last().Kind);
        Assert.Equal(1, host.Whereby.MeetingCount);
        Assert.Equal(3, host.EnableX.RoomCount);
    }

    [Fact]
    public async Task A_failed_probe_opens_the_circuit_again()
    {
        await using var host = new FailoverHost(f =>
        {
            f.Use("whereby").Then("enablex");
            f.FailureThreshold = 1;
            f.BreakDuration = TimeSpan.FromSeconds(30);
        });
        host.WherebyUnavailableForOneCreate(creates: 2);
        await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        host.Time.Advance(TimeSpan.FromSeconds(30));

        var room = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct); // the probe fails over too

        Assert.Equal("enablex", room.Reference.Name);
        Assert.Equal(RoomCircuitState.Open, host.Health.GetHealth()[0].State);
        Assert.Equal(2, host.Events.Count(e => e.Kind == RoomFailoverEventKind.CircuitOpened));
    }

    [Fact]
    public async Task An_open_Polly_circuit_breaker_counts_as_not_processed_and_the_create_falls_over()
    {
        await using var host = new FailoverHost(
            f =>
            {
                f.Use("whereby").Then("enablex");
                f.FailureThreshold = 100; // the failover's own circuit stays closed: only the pipeline's breaker acts here
            },
            rooms: r => r.ConfigureResilience((name, o) =>
            {
                if (name == "whereby")
                {
                    o.CircuitBreaker.MinimumThroughput = 2;
                    o.CircuitBreaker.FailureRatio = 0.5;
                    o.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(1);
                }
            }));
        host.WherebyUnavailableForOneCreate();

        await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct); // two 503s open whereby's breaker
        var callsWhenBroken = host.Whereby.RequestCount;
        var room = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal("enablex", room.Reference.Name);
        Assert.Equal(2, callsWhenBroken);
        Assert.Equal(callsWhenBroken, host.Whereby.RequestCount); // the breaker answered, nothing was sent
        var last = host.Events.Last(e => e.Kind == RoomFailoverEventKind.FellOver);
        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(last.Exception?.InnerException);
        Assert.Equal(0, host.Whereby.MeetingCount);
    }

    [Fact]
    public async Task When_every_provider_refuses_the_caller_gets_one_error_that_names_them_all()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"), wherebyBaseAddress: FailoverHost.RefusedAddress());
        host.EnableX.EnqueueFault(503, """{"result":1,"error":"down"}""", times: 4, headers: new Dictionary<string, string> { ["Retry-After"] = "0" });

        var ex = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct));

        Assert.True(ex.RequestNotProcessed);
        Assert.Equal(RoomProviders.Failover, ex.Provider);
        Assert.Contains("whereby:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("enablex:", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.TotalRooms);
    }

    [Fact]
    public async Task Get_and_delete_reach_the_owner_of_each_room()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        var onWhereby = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        host.WherebyUnavailableForOneCreate();
        var onEnableX = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        Assert.Equal(["whereby", "enablex"], new[] { onWhereby.Reference.Name, onEnableX.Reference.Name });
        var stored = new[] { onWhereby.Reference.ToString(), onEnableX.Reference.ToString() }; // what an app keeps

        var fetched = await host.Rooms.GetRoomAsync(stored[0], Ct);
        var routed = await host.Router.GetRoomAsync(RoomReference.Parse(stored[1]), Ct);

        Assert.Equal(onWhereby.JoinUrl, fetched.JoinUrl);
        Assert.Equal(onWhereby.Reference, fetched.Reference);
        Assert.Equal(onEnableX.JoinUrl, routed.JoinUrl);
        Assert.Equal(onEnableX.Reference, routed.Reference);

        var enableXCalls = host.EnableX.RequestCount;
        await host.Rooms.DeleteRoomAsync(stored[0], Ct);
        Assert.Equal(0, host.Whereby.MeetingCount);
        Assert.Equal(enableXCalls, host.EnableX.RequestCount);
        await host.Router.DeleteRoomAsync(RoomReference.Parse(stored[1]), Ct);
        Assert.Equal(0, host.EnableX.RoomCount);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRoomAsync(stored[0], Ct));
    }

    [Fact]
    public async Task Update_goes_to_the_owner_and_an_owner_that_cannot_update_says_so_without_falling_over()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        var onWhereby = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        host.WherebyUnavailableForOneCreate();
        var onEnableX = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        var enableXCalls = host.EnableX.RequestCount;

        var updated = await host.Rooms.UpdateRoomAsync(onEnableX.Reference.ToString(), new UpdateRoomRequest { DisplayName = "Renamed" }, Ct);
        Assert.True(host.EnableX.RequestCount > enableXCalls);
        var callsBefore = (Whereby: host.Whereby.RequestCount, EnableX: host.EnableX.RequestCount);
        var ex = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() =>
            host.Rooms.UpdateRoomAsync(onWhereby.Reference.ToString(), new UpdateRoomRequest { DisplayName = "Renamed" }, Ct));

        Assert.Equal("Renamed", updated.DisplayName);
        Assert.Equal(onEnableX.Reference, updated.Reference);
        Assert.Equal(RoomProviders.Whereby, ex.Provider);
        Assert.Equal(callsBefore, (host.Whereby.RequestCount, host.EnableX.RequestCount)); // nothing sent, nobody else asked
        Assert.Contains(host.Events, e => e.Kind == RoomFailoverEventKind.Failed && e.Operation == "UpdateRoom" && e.Provider == "whereby");
    }

    [Fact]
    public async Task The_failover_can_be_the_default_room_service()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"), rooms: r => r.SetDefault("rooms"));

        var rooms = host.Services.GetRequiredService<IRoomService>();
        var room = await rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal(RoomProviders.Failover, rooms.Provider);
        Assert.Equal("whereby", room.RegistrationName);
        Assert.Contains("rooms", host.Services.GetRequiredService<RoomClients.IRoomServiceFactory>().Names);
    }

    [Fact]
    public async Task The_id_a_failover_returns_is_the_id_it_accepts_back()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);
        var router = host.Services.GetRequiredService<RoomClients.Routing.IRoomRouter>();

        var byId = await host.Rooms.GetRoomAsync(room.Id, Ct);                                  // the id, stored as is
        var byReference = await host.Rooms.GetRoomAsync(room.Reference.ToString(), Ct);         // the reference string
        var routed = await router.GetRoomAsync(RoomReference.Parse(room.Reference.ToString()), Ct);
        var member = await host.Services.GetRequiredKeyedService<IRoomService>("whereby").GetRoomAsync(room.Reference.RoomId, Ct);

        Assert.Equal(room.Id, byId.Id);
        Assert.Equal(room.Id, byReference.Id);
        Assert.Equal(room.Reference, routed.Reference);
        Assert.Equal(room.Reference, member.Reference);
        Assert.All(new[] { byId, byReference, routed, member }, r => Assert.Equal(room.JoinUrl, r.JoinUrl));
        await host.Rooms.DeleteRoomAsync(room.Id, Ct);
        Assert.Equal(0, host.Whereby.MeetingCount);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRoomAsync(room.Id, Ct));
    }

    [Fact]
    public async Task Listed_and_updated_rooms_carry_the_failovers_id()
    {
        await using var host = new FailoverHost(f => f.Use("enablex").Then("whereby"));
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Board", EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);
        Assert.Equal("enablex", room.Reference.Name);

        var listed = new List<Room>();
        await foreach (var r in host.Rooms.ListRoomsAsync(cancellationToken: Ct))
        {
            listed.Add(r);
        }

        Assert.Contains(listed, r => r.Id == room.Id && r.Reference == room.Reference);
        var updated = await host.Rooms.UpdateRoomAsync(room.Id, new UpdateRoomRequest { DisplayName = "Renamed" }, Ct);
        Assert.Equal(room.Id, updated.Id);
        Assert.Equal("Renamed", (await host.Rooms.GetRoomAsync(updated.Id, Ct)).DisplayName);
    }

    [Fact]
    public async Task An_id_without_a_member_name_is_rejected_before_anything_is_sent()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        var room = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        var calls = host.Whereby.RequestCount;

        // The member's own id (what the Whereby service alone would return) is not the failover's id of the room.
        var bare = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.GetRoomAsync(room.Reference.RoomId, Ct));
        var stranger = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.DeleteRoomAsync("vectera:" + room.Reference.RoomId, Ct));

        Assert.Equal("roomId", bare.Field);
        Assert.Contains("Room.Reference", bare.Message, StringComparison.Ordinal);
        Assert.Equal("roomId", stranger.Field);
        Assert.Equal(calls, host.Whereby.RequestCount);
        Assert.Equal(0, host.Vectera.RequestCount);
    }

    [Fact]
    public async Task Listing_returns_every_providers_rooms_with_their_references()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));
        var first = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        host.WherebyUnavailableForOneCreate();
        var second = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        var listed = new List<RoomReference>();
        await foreach (var room in host.Rooms.ListRoomsAsync(cancellationToken: Ct))
        {
            listed.Add(room.Reference);
        }

        Assert.Equal([first.Reference, second.Reference], listed);
    }

    [Fact]
    public async Task The_failover_span_names_the_provider_that_served()
    {
        var tags = new List<object?>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Telemetry.RoomClientsTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("roomclients.name") as string == "rooms-traced")
                {
                    lock (tags)
                    {
                        tags.Add(activity.GetTagItem("roomclients.failover.provider"));
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"), wherebyBaseAddress: FailoverHost.RefusedAddress(), name: "rooms-traced");

        await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        lock (tags)
        {
            Assert.Contains("enablex", tags);
        }
    }

    [Fact]
    public async Task A_throwing_event_callback_does_not_fail_the_create()
    {
        await using var host = new FailoverHost(f =>
        {
            f.Use("whereby").Then("enablex");
            f.OnEvent = _ => throw new InvalidOperationException("callback bug");
        });

        var room = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);

        Assert.Equal(1, host.Whereby.MeetingCount);
        Assert.Equal("whereby", room.Reference.Name);
    }
}
