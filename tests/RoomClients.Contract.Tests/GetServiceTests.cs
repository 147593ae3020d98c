using Microsoft.Extensions.DependencyInjection;
using RoomClients.EnableX;
using RoomClients.Routing;
using RoomClients.Testing.EnableX;
using RoomClients.Testing.Vectera;
using RoomClients.Testing.Vonage;
using RoomClients.Testing.Whereby;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;

namespace RoomClients.Contract.Tests;

/// <summary>
/// <see cref="IRoomService.GetService"/> through DI, for every provider: the resolved service (owner stamp, a user stage,
/// telemetry, adapter) reaches the provider's typed API, which then talks to the simulator about the room the neutral
/// service created; its capabilities; and the user's own stage.
/// </summary>
public sealed class GetServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Whereby_reaches_IWherebyApi_capabilities_and_stages()
    {
        using var simulator = new WherebySimulator();
        await using var provider = Build(rooms => rooms.AddWhereby(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; }).Use(inner => new MarkerRoomService(inner)));
        var rooms = provider.GetRequiredService<IRoomService>();
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);

        var api = rooms.GetService<IWherebyApi>();
        Assert.NotNull(api);
        var before = simulator.RequestCount;
        var meeting = await api.GetMeetingAsync(room.Id, cancellationToken: Ct);
        Assert.Equal(room.Id, meeting.MeetingId);
        Assert.Equal(before + 1, simulator.RequestCount); // the call went to the provider, through the registration's HTTP pipeline
        AssertCommon(rooms);
    }

    [Fact]
    public async Task Vonage_reaches_IVonageMeetingsApi_capabilities_and_stages()
    {
        using var simulator = new VonageSimulator();
        await using var provider = Build(rooms => rooms.AddVonage(o => { o.ApplicationId = simulator.ApplicationId; o.PrivateKey = simulator.PrivateKeyPem; o.BaseAddress = simulator.BaseAddress; }).Use(inner => new MarkerRoomService(inner)));
        var rooms = provider.GetRequiredService<IRoomService>();
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "GetService", EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);

        var api = rooms.GetService<IVonageMeetingsApi>();
        Assert.NotNull(api);
        var before = simulator.RequestCount;
        var fetched = await api.GetRoomAsync(room.Id, Ct);
        Assert.Equal(room.Id, fetched.Id);
        Assert.Equal(before + 1, simulator.RequestCount);
        AssertCommon(rooms);
    }

    [Fact]
    public async Task EnableX_reaches_IEnableXApi_capabilities_and_stages()
    {
        using var simulator = new EnableXSimulator();
        await using var provider = Build(rooms => rooms.AddEnableX(o =>
        {
            o.AppId = simulator.AppId;
            o.AppKey = simulator.AppKey;
            o.BaseAddress = simulator.BaseAddress;
            o.ApiVersionPath = simulator.ApiVersionPath;
            o.MeetingSubdomain = "get-service";
        }).Use(inner => new MarkerRoomService(inner)));
        var rooms = provider.GetRequiredService<IRoomService>();
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "GetService", EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);

        var api = rooms.GetService<IEnableXApi>();
        Assert.NotNull(api);
        var before = simulator.RequestCount;
        var fetched = await api.GetRoomAsync(room.Id, Ct);
        Assert.Equal(room.Id, fetched.Room?.RoomId);
        Assert.Equal(before + 1, simulator.RequestCount);
        AssertCommon(rooms);
    }

    [Fact]
    public async Task Vectera_reaches_IVecteraApi_capabilities_and_stages()
    {
        using var simulator = new VecteraSimulator();
        await using var provider = Build(rooms => rooms.AddVectera(o => { o.ApiToken = simulator.ApiToken; o.BaseAddress = simulator.BaseAddress; }).Use(inner => new MarkerRoomService(inner)));
        var rooms = provider.GetRequiredService<IRoomService>();
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);

        var api = rooms.GetService<IVecteraApi>();
        Assert.NotNull(api);
        var before = simulator.RequestCount;
        var fetched = await api.GetMeetingRoomAsync(room.Id, Ct);
        Assert.Equal(room.Id, fetched.Id);
        Assert.Equal(before + 1, simulator.RequestCount);
        AssertCommon(rooms);
    }

    [Fact]
    public async Task The_failover_answers_for_itself_and_passes_a_member_key_to_that_member()
    {
        using var whereby = new WherebySimulator();
        using var vectera = new VecteraSimulator();
        await using var provider = Build(rooms =>
        {
            rooms.AddWhereby(o => { o.ApiKey = whereby.ApiKey; o.BaseAddress = whereby.BaseAddress; }).Use(inner => new MarkerRoomService(inner));
            rooms.AddVectera(o => { o.ApiToken = vectera.ApiToken; o.BaseAddress = vectera.BaseAddress; });
            rooms.AddFailover("rooms", f => f.Use(RoomProviders.Whereby).Then(RoomProviders.Vectera)).Use(inner => new MarkerRoomService(inner));
            rooms.SetDefault("rooms");
        });
        var rooms = provider.GetRequiredService<IRoomService>();
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);
        Assert.Equal(RoomProviders.Whereby, room.Provider);

        Assert.Same(provider.GetRequiredKeyedService<IRoomFailover>("rooms"), rooms.GetService<IRoomFailover>());
        Assert.Same(rooms.Capabilities, rooms.GetService<RoomCapabilities>());
        Assert.Null(rooms.GetService<IWherebyApi>()); // which member's? none without a key
        var marker = rooms.GetService<MarkerRoomService>();
        Assert.NotNull(marker);

        var api = rooms.GetService<IWherebyApi>(RoomProviders.Whereby);
        Assert.NotNull(api);
        Assert.Equal(room.Reference.RoomId, (await api.GetMeetingAsync(room.Reference.RoomId, cancellationToken: Ct)).MeetingId); // the member's own id; the failover's Id names the member too
        Assert.NotNull(rooms.GetService<MarkerRoomService>(RoomProviders.Whereby)); // the member's own stage
        Assert.NotSame(marker, rooms.GetService<MarkerRoomService>(RoomProviders.Whereby));
        Assert.NotNull(rooms.GetService<IVecteraApi>(RoomProviders.Vectera));
        Assert.Null(rooms.GetService<IVecteraApi>(RoomProviders.Whereby));
        Assert.Null(rooms.GetService<IWherebyApi>("unknown"));
    }

    private static void AssertCommon(IRoomService rooms)
    {
        Assert.Same(rooms, rooms.GetService<IRoomService>()); // the outermost answers for IRoomService
        Assert.Same(rooms.Capabilities, rooms.GetService<RoomCapabilities>());
        var marker = rooms.GetService<MarkerRoomService>();
        Assert.NotNull(marker);
        Assert.Null(rooms.GetService<IDisposable>()); // nothing of that type behind it
        Assert.Null(rooms.GetService<RoomCapabilities>("some-key")); // a leaf knows no keys
        Assert.Throws<ArgumentNullException>(() => rooms.GetService(null!));
    }

    private static ServiceProvider Build(Action<RoomClientsBuilder> register)
    {
        var services = new ServiceCollection();
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) => o.Retry.Delay = TimeSpan.FromMilliseconds(1));
        register(rooms);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class MarkerRoomService(IRoomService inner) : DelegatingRoomService(inner);
}
