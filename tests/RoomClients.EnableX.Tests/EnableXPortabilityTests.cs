using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Testing.EnableX;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.EnableX.Tests;

/// <summary>Issue 14: configuration wins over the Smartflomeet preset, and times come back as asked (no minute of drift).</summary>
public sealed class EnableXPortabilityTests : IDisposable
{
    private readonly EnableXSimulator _simulator = new();
    private readonly ServiceProvider _services;

    public EnableXPortabilityTests()
    {
        var collection = new ServiceCollection();
        collection.AddRoomClients().AddEnableX(o =>
        {
            o.AppId = _simulator.AppId;
            o.AppKey = _simulator.AppKey;
            o.BaseAddress = _simulator.BaseAddress;
            o.MeetingSubdomain = "acme";
        });
        _services = collection.BuildServiceProvider();
    }

    private IRoomService Rooms => _services.GetRequiredService<IRoomService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _services.Dispose();
        _simulator.Dispose();
    }

    [Theory]
    [InlineData(null, "/video/v1/rooms")]        // the preset fills the version path configuration left unset
    [InlineData("video/v2", "/video/v2/rooms")]  // configuration wins for both
    public async Task Configured_base_address_wins_over_UseSmartflomeet(string? configuredVersion, string expectedPath)
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"result":0,"room":{"room_id":"5f1e2d3c4b5a69788796a5b5","name":"RoomClients room","owner_ref":"roomclients","settings":{"adhoc":true,"scheduled":false}}}"""));
        var values = new Dictionary<string, string?>
        {
            ["RoomClients:enablex:BaseAddress"] = server.Url + "/",
            ["RoomClients:enablex:AppId"] = "app-id",
            ["RoomClients:enablex:AppKey"] = "app-key",
            ["RoomClients:enablex:MeetingSubdomain"] = "acme",
        };
        if (configuredVersion is not null)
        {
            values["RoomClients:enablex:ApiVersionPath"] = configuredVersion;
        }

        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        collection.AddRoomClients().AddEnableX(o => o.UseSmartflomeet());
        await using var services = collection.BuildServiceProvider();

        var options = services.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(RoomProviders.EnableX);
        Assert.Equal(new Uri(server.Url + "/"), options.BaseAddress);
        var room = await services.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest(), Ct);

        var sent = Assert.Single(server.LogEntries).RequestMessage!;
        Assert.Equal(expectedPath, sent.Path);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("5f1e2d3c4b5a69788796a5b5", room.Id);
        Assert.Equal(RoomKind.Instant, room.Kind);
    }

    [Fact]
    public void The_preset_still_switches_a_registration_configuration_left_alone()
    {
        var preset = new EnableXOptions().UseSmartflomeet();
        Assert.Equal(EnableXOptions.SmartflomeetBaseAddress, preset.BaseAddress);
        Assert.Equal(EnableXOptions.SmartflomeetApiVersionPath, preset.ApiVersionPath);

        var explicitFirst = new EnableXOptions { BaseAddress = new Uri("https://video.example.test/") }.UseSmartflomeet();
        Assert.Equal(new Uri("https://video.example.test/"), explicitFirst.BaseAddress);
        Assert.Equal(EnableXOptions.SmartflomeetApiVersionPath, explicitFirst.ApiVersionPath);

        var explicitAfter = new EnableXOptions().UseSmartflomeet();
        explicitAfter.ApiVersionPath = "video/v2";
        Assert.Equal("video/v2", explicitAfter.ApiVersionPath);
    }

    [Fact]
    public async Task Updating_only_the_end_of_a_scheduled_room_keeps_the_minute_asked()
    {
        // A start with milliseconds: EnableX keeps whole seconds, so the stored start is up to a second earlier. The end the
        // caller computes from the start asked must not become a minute longer.
        var start = DateTimeOffset.UtcNow.AddDays(2).AddMilliseconds(123);
        var created = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = start, EndsAt = start.AddMinutes(30) }, Ct);
        Assert.Equal(30, _simulator.GetRoom(created.Id)!["settings"]!["duration"]!.GetValue<int>());

        var updated = await Rooms.UpdateRoomAsync(created.Id, new UpdateRoomRequest { EndsAt = start.AddMinutes(45) }, Ct);

        var patch = _simulator.Server.LogEntries.Single(e => e.RequestMessage!.Method == "PATCH").RequestMessage!;
        Assert.Contains("\"duration\":45", patch.Body, StringComparison.Ordinal);
        Assert.Equal(45, _simulator.GetRoom(created.Id)!["settings"]!["duration"]!.GetValue<int>());
        Assert.Equal(created.StartsAt, updated.StartsAt);
        Assert.Equal(created.StartsAt!.Value.AddMinutes(45), updated.EndsAt);
        Assert.Equal(EnableXTime.Truncate(start.AddMinutes(45)), updated.EndsAt);
    }

    public static TheoryData<string> ExactTimes => ["utc", "offset+05:30", "offset-08:00", "dst-change"];

    [Theory]
    [MemberData(nameof(ExactTimes))]
    public async Task Whole_second_times_round_trip_exactly_through_create_and_update(string which)
    {
        var baseDay = DateTimeOffset.UtcNow.Date.AddDays(3);
        var (start, end) = which switch
        {
            "utc" => (new DateTimeOffset(baseDay.AddHours(9), TimeSpan.Zero), new DateTimeOffset(baseDay.AddHours(10).AddMinutes(15), TimeSpan.Zero)),
            "offset+05:30" => (new DateTimeOffset(baseDay.AddHours(14), TimeSpan.FromHours(5.5)), new DateTimeOffset(baseDay.AddHours(15), TimeSpan.FromHours(5.5))),
            "offset-08:00" => (new DateTimeOffset(baseDay.AddHours(23).AddMinutes(30), TimeSpan.FromHours(-8)), new DateTimeOffset(baseDay.AddDays(1).AddHours(1), TimeSpan.FromHours(-8))),
            // 01:30 CET to 03:30 CEST on the night clocks go forward: one real hour, whatever the wall clock says.
            _ => (new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 3, 28, 3, 30, 0, TimeSpan.FromHours(2))),
        };

        var created = await Rooms.CreateRoomAsync(new CreateRoomRequest { StartsAt = start, EndsAt = end }, Ct);
        Assert.Equal(RoomKind.Scheduled, created.Kind); // unset Kind with a start: scheduled
        Assert.Equal(start, created.StartsAt);
        Assert.Equal(end, created.EndsAt);
        Assert.Equal(EnableXTime.Format(start), _simulator.GetRoom(created.Id)!["settings"]!["scheduled_time"]!.GetValue<string>());

        var newStart = start.AddMinutes(20);
        var newEnd = end.AddMinutes(50).AddSeconds(0);
        var moved = await Rooms.UpdateRoomAsync(created.Id, new UpdateRoomRequest { StartsAt = newStart, EndsAt = newEnd }, Ct);
        Assert.Equal(newStart, moved.StartsAt);
        Assert.Equal(newEnd, moved.EndsAt);

        var longer = await Rooms.UpdateRoomAsync(created.Id, new UpdateRoomRequest { EndsAt = newEnd.AddMinutes(5) }, Ct);
        Assert.Equal(newStart, longer.StartsAt);
        Assert.Equal(newEnd.AddMinutes(5), longer.EndsAt);
        Assert.Equal(newEnd.AddMinutes(5), (await Rooms.GetRoomAsync(created.Id, Ct)).EndsAt);
    }

    [Fact]
    public async Task An_instant_room_moved_from_its_reported_end_comes_back_exactly()
    {
        var created = await Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct);
        Assert.Equal(RoomKind.Instant, created.Kind);
        Assert.NotNull(created.EndsAt);

        var updated = await Rooms.UpdateRoomAsync(created.Id, new UpdateRoomRequest { EndsAt = created.EndsAt.Value.AddMinutes(30) }, Ct);

        Assert.Equal(created.EndsAt.Value.AddMinutes(30), updated.EndsAt);
        Assert.Equal(created.CreatedAt, updated.CreatedAt);
    }
}
