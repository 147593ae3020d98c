using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.EnableX.Tests;

/// <summary>The meeting URLs of an answer are built from the options its request was sent with, even when the options rotate while the call is under way; the next call uses the new options.</summary>
public sealed class EnableXOptionsSnapshotTests
{
    [Fact]
    public async Task A_rotation_during_the_call_does_not_change_the_app_id_hashed_into_the_host_url()
    {
        var ct = TestContext.Current.CancellationToken;
        const string oldAppId = "5f1e2d3c4b5a69788796a5b4";
        const string newAppId = "6a7b8c9d0e1f2a3b4c5d6e7f";
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:enablex:AppId"] = oldAppId,
            ["RoomClients:enablex:AppKey"] = "app-key-1",
            ["RoomClients:enablex:BaseAddress"] = server.Url + "/",
            ["RoomClients:enablex:MeetingSubdomain"] = "acme",
        }).Build();
        server.Given(Request.Create().UsingGet().WithPath("/video/v2/rooms/r-1")).RespondWith(Response.Create().WithCallback(_ =>
        {
            // The server has the request; the configuration rotates before it answers.
            configuration["RoomClients:enablex:AppId"] = newAppId;
            configuration["RoomClients:enablex:MeetingSubdomain"] = "other";
            configuration.Reload();
            return new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData { BodyAsString = """{"result":0,"room":{"room_id":"r-1","name":"Sales","created":"2026-01-01T10:00:00.000Z"}}""", DetectedBodyType = WireMock.Types.BodyType.String },
            };
        }));
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddEnableX());
        await using var container = services.BuildServiceProvider();

        var room = await container.GetRequiredService<IRoomService>().GetRoomAsync("r-1", ct);

        var sent = Assert.Single(server.LogEntries).RequestMessage!;
        var authorization = sent.Headers!.Single(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value.Single();
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{oldAppId}:app-key-1")), authorization);
        Assert.Equal(EnableXMeetingUrls.Moderator("acme", EnableXMeetingUrls.LiteDomain, "r-1", oldAppId), room.HostUrl);
        Assert.Equal(EnableXMeetingUrls.Participant("acme", EnableXMeetingUrls.LiteDomain, "r-1"), room.JoinUrl);

        // The next call is sent with the rotated options: its URLs name the new subdomain and app id (the adapter keeps the
        // meeting host it built last, and must build it again when the options change).
        var next = await container.GetRequiredService<IRoomService>().GetRoomAsync("r-1", ct);

        Assert.Equal(EnableXMeetingUrls.Moderator("other", EnableXMeetingUrls.LiteDomain, "r-1", newAppId), next.HostUrl);
        Assert.Equal(EnableXMeetingUrls.Participant("other", EnableXMeetingUrls.LiteDomain, "r-1"), next.JoinUrl);
        Assert.Equal("https://other.yourvideo.app/r-1", next.JoinUrl.AbsoluteUri);
    }
}
