using Microsoft.Extensions.DependencyInjection;
using RoomClients.Routing;

namespace RoomClients.Failover.Tests;

/// <summary>A create goes only to providers that can serve it, in the order a selector chooses.</summary>
public sealed class RoutingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_room_kind_goes_to_the_providers_that_support_it()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("vectera"));

        var instant = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        var permanent = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);

        Assert.Equal("whereby", instant.Reference.Name);
        Assert.Equal("vectera", permanent.Reference.Name);
        Assert.Equal(1, host.Whereby.RequestCount); // whereby was never asked for the permanent room
        Assert.Equal(RoomKind.Permanent, permanent.Kind);
    }

    [Fact]
    public async Task Automatic_recording_skips_providers_that_cannot_record()
    {
        await using var host = new FailoverHost(f => f.Use("vectera").Then("enablex"));

        var recorded = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, RecordAutomatically = true }, Ct);
        var plain = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);

        Assert.Equal("enablex", recorded.Reference.Name);
        Assert.Equal("vectera", plain.Reference.Name);
        Assert.Equal(1, host.EnableX.RoomCount);
        Assert.Equal(1, host.Vectera.RoomCount);
    }

    [Fact]
    public async Task A_display_name_skips_providers_that_cannot_store_one()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("enablex"));

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Board meeting", EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);

        Assert.Equal("enablex", room.Reference.Name);
        Assert.Equal("Board meeting", room.DisplayName);
        Assert.Equal(0, host.Whereby.RequestCount);
    }

    [Fact]
    public async Task When_no_provider_can_serve_the_request_nothing_is_sent_and_the_error_says_why()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("vectera"));
        var scheduled = new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = DateTimeOffset.UtcNow.AddDays(1), EndsAt = DateTimeOffset.UtcNow.AddDays(1).AddHours(1) };

        var ex = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateRoomAsync(scheduled, Ct));

        Assert.Contains("whereby: no RoomKind.Scheduled rooms", ex.Message, StringComparison.Ordinal);
        Assert.Contains("vectera: no RoomKind.Scheduled rooms", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Whereby.RequestCount + host.Vectera.RequestCount);
    }

    [Fact]
    public async Task A_selector_orders_the_capable_providers_per_request()
    {
        var offered = new List<string[]>();
        await using var host = new FailoverHost(f =>
        {
            f.Use("whereby").Then("enablex").Then("vectera");
            f.SelectProviders = (request, candidates) =>
            {
                offered.Add([.. candidates]);
                return request.EndsAt > DateTimeOffset.UtcNow.AddDays(7) ? candidates.Reverse() : candidates; // long rooms: EnableX first
            };
        });

        var shortRoom = await host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct);
        var longRoom = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Instant, EndsAt = DateTimeOffset.UtcNow.AddDays(30) }, Ct);

        Assert.Equal("whereby", shortRoom.Reference.Name);
        Assert.Equal("enablex", longRoom.Reference.Name);
        Assert.All(offered, names => Assert.Equal(["whereby", "enablex"], names)); // vectera cannot make instant rooms: not offered
    }

    [Fact]
    public async Task A_selector_can_filter_and_the_rest_still_fails_over_in_its_order()
    {
        await using var host = new FailoverHost(
            f =>
            {
                f.Use("whereby").Then("enablex").Then("vectera");
                f.SelectProviders = (_, candidates) => candidates.Where(c => c != "vectera");
            },
            wherebyBaseAddress: FailoverHost.RefusedAddress());

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);

        Assert.Equal("enablex", room.Reference.Name);
        Assert.Equal(0, host.Vectera.RequestCount);
    }

    [Fact]
    public async Task A_selector_that_chooses_none_is_a_feature_not_supported_error()
    {
        await using var host = new FailoverHost(f =>
        {
            f.Use("whereby").Then("enablex");
            f.SelectProviders = (_, _) => [];
        });

        var ex = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct));

        Assert.Contains("chose none", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Whereby.RequestCount + host.EnableX.RequestCount);
    }

    [Fact]
    public async Task A_selector_that_invents_a_provider_is_a_programming_error()
    {
        await using var host = new FailoverHost(f =>
        {
            f.Use("whereby").Then("enablex");
            f.SelectProviders = (_, _) => ["vonage"];
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Rooms.CreateRoomAsync(FailoverHost.InstantRoom(), Ct));
        Assert.Equal(0, host.Whereby.RequestCount + host.EnableX.RequestCount);
    }

    [Fact]
    public async Task Capabilities_are_the_union_for_creates_and_the_common_part_for_everything_else()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("vectera"));

        var capabilities = host.Rooms.Capabilities;

        Assert.Equal(RoomProviders.Failover, host.Rooms.Provider);
        Assert.Equal([RoomKind.Instant, RoomKind.Permanent], capabilities.SupportedKinds);
        Assert.True(capabilities.SupportsTemplates); // vectera
        Assert.True(capabilities.SupportsAutomaticRecording); // whereby
        Assert.False(capabilities.CanUpdate); // whereby rooms cannot be updated
        Assert.True(capabilities.CanDelete);
        Assert.False(capabilities.HasHostUrl); // vectera rooms have none
        Assert.Equal(Math.Min(host.Services.GetRequiredKeyedService<IRoomService>("whereby").Capabilities.MaxPageSize, host.Services.GetRequiredKeyedService<IRoomService>("vectera").Capabilities.MaxPageSize), capabilities.MaxPageSize);
    }

    [Fact]
    public void Misconfigured_failovers_fail_at_registration()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var rooms = Microsoft.Extensions.DependencyInjection.RoomClientsServiceCollectionExtensions.AddRoomClients(services);

        Assert.Throws<ArgumentException>(() => RoomClients.FailoverRoomClientsBuilderExtensions.AddFailover(rooms, "rooms", _ => { }));
        Assert.Throws<ArgumentException>(() => RoomClients.FailoverRoomClientsBuilderExtensions.AddFailover(rooms, "rooms", f => f.Use("rooms")));
        Assert.Throws<InvalidOperationException>(() => new RoomFailoverOptions().Then("whereby"));
        Assert.Throws<ArgumentException>(() => new RoomFailoverOptions().Use("whereby").Then("whereby"));
        Assert.Throws<ArgumentOutOfRangeException>(() => RoomClients.FailoverRoomClientsBuilderExtensions.AddFailover(rooms, "rooms", f =>
        {
            f.Use("whereby");
            f.BreakDuration = TimeSpan.Zero;
        }));
    }

    [Fact]
    public void A_failover_cannot_compose_another_failover_in_either_order()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        var rooms = Microsoft.Extensions.DependencyInjection.RoomClientsServiceCollectionExtensions.AddRoomClients(services);
        RoomClients.FailoverRoomClientsBuilderExtensions.AddFailover(rooms, "eu", f => f.Use("whereby").Then("enablex"));

        var inner = Assert.Throws<ArgumentException>(() => RoomClients.FailoverRoomClientsBuilderExtensions.AddFailover(rooms, "all", f => f.Use("eu").Then("vectera")));
        Assert.Contains("'eu'", inner.Message, StringComparison.Ordinal);

        RoomClients.FailoverRoomClientsBuilderExtensions.AddFailover(rooms, "us", f => f.Use("vectera").Then("later"));
        var outer = Assert.Throws<ArgumentException>(() => RoomClients.FailoverRoomClientsBuilderExtensions.AddFailover(rooms, "later", f => f.Use("whereby")));
        Assert.Contains("'us'", outer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_that_is_not_registered_is_named_when_the_failover_is_first_resolved()
    {
        await using var host = new FailoverHost(f => f.Use("whereby").Then("vonage"));

        var ex = Assert.Throws<InvalidOperationException>(() => host.Rooms);

        Assert.Contains("'vonage'", ex.Message, StringComparison.Ordinal);
    }
}
