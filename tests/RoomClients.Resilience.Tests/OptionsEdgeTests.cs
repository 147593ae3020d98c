using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.EnableX;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>Options that used to pass validation and then break (or move the credentials elsewhere) fail at start-up, naming the key, and nothing is sent.</summary>
public sealed class OptionsEdgeTests
{
    public static TheoryData<string, string> BadBaseAddresses()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { RoomProviders.Whereby, RoomProviders.Vonage, RoomProviders.EnableX, RoomProviders.Vectera })
        {
            foreach (var address in new[] { "http://api.example.com/v1/", "ftp://127.0.0.1/v1/", "https://user:pw@api.example.com/", "https://api.example.com/v1/?x=1", "file:///tmp/api/" })
            {
                data.Add(provider, address);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadBaseAddresses))]
    public void A_base_address_that_is_not_https_or_loopback_http_fails_start_up(string provider, string address)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(provider, new Uri(address)));
        Assert.Contains($"RoomClients:{provider}:BaseAddress", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{evil}/video/v2")]
    [InlineData("//{evilhost}/video/v2")]
    [InlineData("../../video/v2")]
    [InlineData("video/../../x")]
    [InlineData("video/%2e%2e/v2")]
    [InlineData("video/v2@{evilhost}")]
    [InlineData("video:v2")]
    public async Task EnableX_api_version_path_cannot_move_calls_to_another_host(string path)
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = Server();
        using var evil = Server();
        var evilUrl = new Uri(evil.Url!);
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddEnableX(o =>
        {
            o.AppId = "app-1";
            o.AppKey = "enablex-app-key-secret";
            o.BaseAddress = new Uri(api.Url!);
            o.MeetingSubdomain = "acme";
            o.ApiVersionPath = path.Replace("{evil}", evil.Url, StringComparison.Ordinal).Replace("{evilhost}", evilUrl.Authority, StringComparison.Ordinal);
        }));
        await using var container = services.BuildServiceProvider();

        // Outside a host nothing validated the options at start: the call is refused, typed, before anything is sent.
        var ex = await Assert.ThrowsAsync<RoomServiceException>(async () => await container.GetRequiredService<IRoomService>().GetRoomAsync("r-1", ct));

        Assert.Equal("invalid_options", ex.ErrorCode);
        Assert.IsType<OptionsValidationException>(ex.InnerException);
        Assert.Contains("RoomClients:enablex:ApiVersionPath", ex.Message, StringComparison.Ordinal);
        Assert.Empty(evil.LogEntries); // the APP_ID:APP_KEY never left for the other host
        Assert.Empty(api.LogEntries);
    }

    [Fact]
    public void Whereby_room_lifetime_and_webhook_tolerance_are_range_checked_at_start_up()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(RoomProviders.Whereby, new Uri("http://127.0.0.1:1/v1/"), whereby: o =>
        {
            o.DefaultRoomLifetime = TimeSpan.MaxValue;
            o.WebhookTolerance = TimeSpan.FromDays(30);
        }));
        Assert.Contains("RoomClients:whereby:DefaultRoomLifetime", ex.Message, StringComparison.Ordinal);
        Assert.Contains("RoomClients:whereby:WebhookTolerance", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnableX_durations_and_counts_are_range_checked_at_start_up()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(RoomProviders.EnableX, new Uri("http://127.0.0.1:1/"), enablex: o =>
        {
            o.DefaultDurationMinutes = int.MaxValue;
            o.DefaultParticipants = int.MaxValue;
        }));
        Assert.Contains("RoomClients:enablex:DefaultDurationMinutes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("RoomClients:enablex:DefaultParticipants", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_far_end_is_refused_before_sending_instead_of_overflowing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var server = Server();
        var root = new Uri(server.Url!);
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms
            .AddWhereby(o => { o.ApiKey = "k"; o.BaseAddress = new Uri(root, "/v1/"); })
            .AddEnableX(o => { o.AppId = "app"; o.AppKey = "key"; o.BaseAddress = root; o.MeetingSubdomain = "acme"; }));
        await using var container = services.BuildServiceProvider();
        var far = DateTimeOffset.UtcNow.AddYears(5000);

        var whereby = await Assert.ThrowsAsync<RoomValidationException>(() =>
            container.GetRequiredKeyedService<IRoomService>(RoomProviders.Whereby).CreateRoomAsync(new CreateRoomRequest { EndsAt = far }, ct));
        var enablex = await Assert.ThrowsAsync<RoomValidationException>(() =>
            container.GetRequiredKeyedService<IRoomService>(RoomProviders.EnableX).CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = DateTimeOffset.UtcNow.AddDays(1), EndsAt = far }, ct));
        var adhoc = await Assert.ThrowsAsync<RoomValidationException>(() =>
            container.GetRequiredKeyedService<IRoomService>(RoomProviders.EnableX).CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Instant, EndsAt = DateTimeOffset.UtcNow.AddYears(2) }, ct));

        Assert.Equal("EndsAt", whereby.Field);
        Assert.Equal("EndsAt", enablex.Field);
        Assert.Equal("EndsAt", adhoc.Field);
        Assert.Empty(server.LogEntries); // no duration 2147483647, no raw ArgumentOutOfRangeException
    }

    [Theory]
    [InlineData("whereby")]
    [InlineData("vectera")]
    [InlineData("daily")]
    public async Task A_static_credential_with_a_control_character_is_refused_before_anything_is_sent(string provider)
    {
        // The Authorization value of a static credential is built once per options snapshot and put on the client: a
        // value that could split the header (or that the validators let through) fails the call, typed, with no request.
        // (EnableX's Basic value is base64 of APP_ID:APP_KEY: whatever the key holds, the header cannot split.)
        var ct = TestContext.Current.CancellationToken;
        var profile = ProviderProfile.Named(provider);
        using var server = Server();
        var settings = new Dictionary<string, string?>(profile.Settings(new Uri(server.Url! + "/")), StringComparer.OrdinalIgnoreCase)
        {
            [profile.CredentialSetting] = "key\u0001with-a-control-character",
        };
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => profile.Add(rooms, section: new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
        await using var container = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<RoomServiceException>(async () => await container.GetRequiredService<IRoomService>().GetRoomAsync("r-1", ct));

        Assert.Equal("invalid_options", ex.ErrorCode);
        Assert.DoesNotContain("with-a-control-character", ex.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.LogEntries);
    }

    private static WireMockServer Server()
    {
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody("""{"result":0,"room":{"room_id":"r-1"}}"""));
        return server;
    }

    private static IRoomService Resolve(string provider, Uri address, Action<WherebyOptions>? whereby = null, Action<EnableXOptions>? enablex = null)
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var services = new ServiceCollection();
        services.AddRoomClients(rooms =>
        {
            _ = provider switch
            {
                RoomProviders.Whereby => rooms.AddWhereby(o => { o.ApiKey = "k"; o.BaseAddress = address; whereby?.Invoke(o); }),
                RoomProviders.Vonage => rooms.AddVonage(o => { o.ApplicationId = Guid.NewGuid().ToString(); o.PrivateKey = pem; o.BaseAddress = address; }),
                RoomProviders.EnableX => rooms.AddEnableX(o => { o.AppId = "app"; o.AppKey = "key"; o.BaseAddress = address; o.MeetingSubdomain = "acme"; enablex?.Invoke(o); }),
                RoomProviders.Vectera => rooms.AddVectera(o => { o.ApiToken = "t"; o.BaseAddress = address; }),
                _ => throw new ArgumentOutOfRangeException(nameof(provider)),
            };
        });
        var container = services.BuildServiceProvider();
        _ = provider switch // what start-up validation (ValidateOnStart) and every operation do: read the named options
        {
            RoomProviders.Whereby => (object)container.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get(provider),
            RoomProviders.Vonage => container.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(provider),
            RoomProviders.EnableX => container.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(provider),
            _ => container.GetRequiredService<IOptionsMonitor<VecteraOptions>>().Get(provider),
        };
        return container.GetRequiredService<IRoomService>();
    }
}
