using Microsoft.Extensions.DependencyInjection;
using RoomClients.EnableX;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>An answered join or host URL that is not an absolute http(s) URL is refused with a typed error, by every adapter alike.</summary>
public sealed class RoomUrlTests
{
    public static TheoryData<string, string, string> Hostile()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var url in new[] { "javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "/relative/room", "https://user:pass@evil.example/r", "mailto:a@b.example" })
        {
            data.Add(RoomProviders.Whereby, "join", url);
            data.Add(RoomProviders.Whereby, "host", url);
            data.Add(RoomProviders.Vonage, "join", url);
            data.Add(RoomProviders.Vonage, "host", url);
            data.Add(RoomProviders.Vectera, "join", url);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_room_with_a_non_web_url_is_refused(string provider, string which, string url)
    {
        var ct = TestContext.Current.CancellationToken;
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var (path, body) = Answer(provider, which, url);
        server.Given(Request.Create().UsingGet().WithPath(path)).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(body));
        await using var container = Register(provider, new Uri(server.Url!));

        var ex = await Assert.ThrowsAsync<RoomServiceException>(() => container.GetRequiredService<IRoomService>().GetRoomAsync("r-1", ct));

        Assert.Equal(provider, ex.Provider);
        Assert.Equal("invalid_room_url", ex.ErrorCode);
        Assert.DoesNotContain("alert", ex.Message, StringComparison.Ordinal); // the hostile URL is not repeated
        Assert.DoesNotContain("pass", ex.Message, StringComparison.Ordinal);
        Assert.Equal(path, Assert.Single(server.LogEntries).RequestMessage!.Path);
    }

    [Theory]
    [InlineData(RoomProviders.Whereby)]
    [InlineData(RoomProviders.Vonage)]
    [InlineData(RoomProviders.Vectera)]
    public async Task A_room_with_web_urls_is_accepted(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var (path, body) = Answer(provider, "join", "https://rooms.example/r-1");
        server.Given(Request.Create().UsingGet().WithPath(path)).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(body));
        await using var container = Register(provider, new Uri(server.Url!));

        var room = await container.GetRequiredService<IRoomService>().GetRoomAsync("r-1", ct);

        Assert.Equal(new Uri("https://rooms.example/r-1"), room.JoinUrl);
        Assert.Single(server.LogEntries);
    }

    [Theory]
    [InlineData("evil.example/x?", "yourvideo.app")]
    [InlineData("acme", "yourvideo.app/@evil.example")]
    [InlineData("a#", "yourvideo.app")]
    [InlineData("user:pw@evil.example", "yourvideo.app")]
    public void EnableX_meeting_urls_built_from_options_stay_on_the_meeting_domain(string subdomain, string domain)
    {
        Assert.Throws<ArgumentException>(() => EnableXMeetingUrls.Participant(subdomain, domain, "r-1"));
        Assert.Throws<ArgumentException>(() => EnableXMeetingUrls.Moderator(subdomain, domain, "r-1", "app"));
        Assert.Equal(new Uri("https://acme.yourvideo.app/r-1"), EnableXMeetingUrls.Participant("acme", "yourvideo.app", "r-1"));
    }

    private static (string Path, string Body) Answer(string provider, string which, string url)
    {
        var good = "https://rooms.example/r-1";
        var join = which == "join" ? url : good;
        var host = which == "host" ? url : good + "?host";
        string J(string s) => System.Text.Json.JsonSerializer.Serialize(s);
        return provider switch
        {
            RoomProviders.Whereby => ("/v1/meetings/r-1", $$"""{"meetingId":"r-1","roomUrl":{{J(join)}},"hostRoomUrl":{{J(host)}},"endDate":"2099-01-01T00:00:00.000Z"}"""),
            RoomProviders.Vonage => ("/v1/meetings/rooms/r-1", "{\"id\":\"r-1\",\"display_name\":\"x\",\"_links\":{\"guest_url\":{\"href\":" + J(join) + "},\"host_url\":{\"href\":" + J(host) + "}}}"),
            RoomProviders.Vectera => ("/api/v2/meetingRooms/r-1", $$"""{"id":"r-1","key":"k","url":{{J(join)}}}"""),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    private static ServiceProvider Register(string provider, Uri root)
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var services = new ServiceCollection();
        services.AddRoomClients(rooms =>
        {
            _ = provider switch
            {
                RoomProviders.Whereby => rooms.AddWhereby(o => { o.ApiKey = "k"; o.BaseAddress = new Uri(root, "/v1/"); }),
                RoomProviders.Vonage => rooms.AddVonage(o => { o.ApplicationId = Guid.NewGuid().ToString(); o.PrivateKey = pem; o.BaseAddress = new Uri(root, "/v1/meetings/"); }),
                RoomProviders.Vectera => rooms.AddVectera(o => { o.ApiToken = "t"; o.BaseAddress = new Uri(root, "/api/v2/"); }),
                _ => throw new ArgumentOutOfRangeException(nameof(provider)),
            };
        });
        return services.BuildServiceProvider();
    }
}
