using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.EnableX.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.EnableX.Tests;

/// <summary>
/// The three create requests of the seed page (Smartflomeet "Create Meeting Room Using Rest API", Examples 2–4), reproduced
/// in JSON meaning from neutral requests plus <see cref="EnableXRoomOptions"/>, sent to the Smartflomeet preset's <c>/video/v1/rooms</c>.
/// </summary>
public sealed class EnableXSeedRequestTests
{
    private const string PermanentBody = """
        {"name":"My Permanent Room","owner_ref":"XOXO","settings":{"description":"My Permanent Room","mode":"group","scheduled":false,"adhoc":false,"duration":30,"moderators":"1","participants":"3","quality":"SD","canvas":false,"screen_share":false,"abwd":true,"max_active_talkers":4}}
        """;

    private const string ScheduledBody = """
        {"name":"My Scheduled Room","owner_ref":"XOXO","settings":{"description":"My Scheduled Room","mode":"group","scheduled":true,"adhoc":false,"scheduled_time":"2021-05-31 05:30:00","duration":30,"moderators":"1","participants":"3","quality":"SD","abwd":true}}
        """;

    private const string AdhocBody = """
        {"name":"My Adhoc Room","owner_ref":"XOXO","settings":{"description":"My Adhoc Room","mode":"group","scheduled":false,"adhoc":true,"duration":30,"moderators":"1","participants":"3","quality":"SD","canvas":false,"screen_share":false,"abwd":true,"max_active_talkers":4}}
        """;

    private static readonly DateTimeOffset SeedNow = new(2021, 5, 25, 0, 20, 30, TimeSpan.Zero);

    [Fact]
    public async Task Permanent_room_matches_example_2()
    {
        var request = new CreateRoomRequest { Kind = RoomKind.Permanent, DisplayName = "My Permanent Room" };
        request.ProviderOptions.Add(new EnableXRoomOptions { OwnerRef = "XOXO", Mode = EnableXRoomMode.Group, Settings = Full("My Permanent Room") });
        var room = await CreateAsync(request, PermanentBody, """{"result":0,"room":{"name":"My Permanent Room","owner_ref":"XOXO","settings":{"scheduled":false,"adhoc":false},"created":"2021-05-25T00:20:30.851Z","room_id":"xxxxxxxxxxxxxx"}}""");
        Assert.Equal(RoomKind.Permanent, room.Kind);
        Assert.Null(room.EndsAt);
    }

    [Fact]
    public async Task Scheduled_room_matches_example_3()
    {
        var request = new CreateRoomRequest
        {
            Kind = RoomKind.Scheduled,
            DisplayName = "My Scheduled Room",
            StartsAt = new DateTimeOffset(2021, 5, 31, 11, 0, 0, TimeSpan.FromHours(5.5)), // 05:30 GMT
            EndsAt = new DateTimeOffset(2021, 5, 31, 6, 0, 0, TimeSpan.Zero),
        };
        request.ProviderOptions.Add(new EnableXRoomOptions
        {
            OwnerRef = "XOXO",
            Settings = new EnableXRoomSettings { Description = "My Scheduled Room", Mode = "group", Moderators = 1, Participants = 3, Quality = "SD", AutoBandwidthDetection = true },
        });
        var room = await CreateAsync(request, ScheduledBody, """{"result":0,"room":{"name":"My Scheduled Room","owner_ref":"XOXO","settings":{"scheduled":true,"scheduled_time":"2021-05-31 05:30:00","duration":30,"adhoc":false},"created":"2021-05-25T00:20:30.851Z","room_id":"xxxxxxxxxxxxxx"}}""");
        Assert.Equal(RoomKind.Scheduled, room.Kind);
        Assert.Equal(new DateTimeOffset(2021, 5, 31, 5, 30, 0, TimeSpan.Zero), room.StartsAt);
        Assert.Equal(new DateTimeOffset(2021, 5, 31, 6, 0, 0, TimeSpan.Zero), room.EndsAt);
    }

    [Fact]
    public async Task Adhoc_room_matches_example_4()
    {
        var request = new CreateRoomRequest { Kind = RoomKind.Instant, DisplayName = "My Adhoc Room", EndsAt = SeedNow.AddMinutes(30) };
        var settings = Full("My Adhoc Room");
        settings.Duration = null; // from EndsAt
        request.ProviderOptions.Add(new EnableXRoomOptions { OwnerRef = "XOXO", Settings = settings });
        var room = await CreateAsync(request, AdhocBody, """{"result":0,"room":{"name":"My Adhoc Room","owner_ref":"XOXO","settings":{"scheduled":false,"adhoc":true},"created":"2021-05-25T00:20:30.851Z","room_id":"xxxxxxxxxxxxxx"}}""");
        Assert.Equal(RoomKind.Instant, room.Kind);
        Assert.Equal("My Adhoc Room", room.DisplayName);
    }

    private static EnableXRoomSettings Full(string description) => new()
    {
        Description = description,
        Duration = 30,
        Moderators = 1,
        Participants = 3,
        Quality = "SD",
        Canvas = false,
        ScreenShare = false,
        AutoBandwidthDetection = true,
        MaxActiveTalkers = 4,
    };

    private static async Task<Room> CreateAsync(CreateRoomRequest request, string expectedBody, string responseBody)
    {
        await using var host = new EnableXTestHost(
            o =>
            {
                var server = o.BaseAddress;
                o.UseSmartflomeet();
                o.BaseAddress = server;
            },
            services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(SeedNow)));
        host.Server.Given(Request.Create().WithPath("/video/v1/rooms").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(responseBody));

        var room = await host.Rooms.CreateRoomAsync(request, TestContext.Current.CancellationToken);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/video/v1/rooms", sent.Path);
        Assert.Equal(EnableXTestHost.BasicHeader, sent.Headers!["Authorization"].Single());
        Assert.StartsWith("application/json", sent.Headers["Content-Type"].Single(), StringComparison.Ordinal);
        var actual = JsonNode.Parse(sent.Body!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedBody), actual), $"sent {actual!.ToJsonString()}");

        Assert.Equal("xxxxxxxxxxxxxx", room.Id);
        Assert.Equal(new Uri("https://acme.yourvideo.app/xxxxxxxxxxxxxx"), room.JoinUrl);
        Assert.Equal(new Uri("https://acme.yourvideo.app/host/" + EnableXMeetingUrls.ModeratorHash("xxxxxxxxxxxxxx", EnableXTestHost.AppId)), room.HostUrl);
        Assert.Equal(new DateTimeOffset(2021, 5, 25, 0, 20, 30, 851, TimeSpan.Zero), room.CreatedAt);
        return room;
    }
}
