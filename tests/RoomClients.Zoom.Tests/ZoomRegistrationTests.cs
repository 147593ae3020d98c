using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoomClients.DependencyInjection;
using RoomClients.Testing.Zoom;
using RoomClients.Webhooks;

namespace RoomClients.Zoom.Tests;

public sealed class ZoomRegistrationTests
{
    [Fact]
    public async Task Missing_credentials_fail_at_start_with_messages_naming_each_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddRoomClients(rooms => rooms.AddZoom());
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("RoomClients:zoom:AccountId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("RoomClients:zoom:ClientId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("RoomClients:zoom:ClientSecret is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("ROOMCLIENTS__ZOOM__CLIENTSECRET", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<ZoomOptions>> BadOptions => new()
    {
        { "ClientSecret contains white space", o => o.ClientSecret = "secret with spaces" },
        { "ClientId must not contain ':'", o => o.ClientId = "a:b" },
        { "BaseAddress must be an https URL", o => o.BaseAddress = new Uri("ftp://api.example/") },
        { "BaseAddress must be an https URL", o => o.BaseAddress = new Uri("http://api.zoom.us/v2/") }, // clear text off loopback
        { "OAuthBaseAddress must not carry user info", o => o.OAuthBaseAddress = new Uri("https://user:pw@zoom.example/") },
        { "OAuthBaseAddress must be an https URL", o => o.OAuthBaseAddress = new Uri("http://zoom.us/") },
        { "UserId", o => o.UserId = "../users" },
        { "UserId is missing", o => o.UserId = " " },
        { "WebhookTolerance", o => o.WebhookTolerance = TimeSpan.FromDays(1) },
        { "WebhookTolerance", o => o.WebhookTolerance = TimeSpan.Zero },
        { "WebhookSecretToken", o => o.WebhookSecretToken = "with space" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Options_are_validated_for_form_and_range_without_echoing_a_secret(string expected, Action<ZoomOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddZoom(o =>
        {
            o.AccountId = "acct";
            o.ClientId = "client";
            o.ClientSecret = "s3cr3t-value-9f8e";
            configure(o);
        }));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<ZoomOptions>>().Get("zoom"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value-9f8e", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret with spaces", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw@", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_to_string_never_shows_a_secret()
    {
        var text = new ZoomOptions { AccountId = "acct-1", ClientId = "client-2", ClientSecret = "secret-3", WebhookSecretToken = "hook-4" }.ToString();
        Assert.DoesNotContain("secret-3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hook-4", text, StringComparison.Ordinal);
        Assert.Contains("client secret set", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_bind_from_the_RoomClients_configuration_section_and_the_api_is_keyed()
    {
        using var simulator = new ZoomSimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:zoom:AccountId"] = simulator.AccountId,
            ["RoomClients:zoom:ClientId"] = simulator.ClientId,
            ["RoomClients:zoom:ClientSecret"] = simulator.ClientSecret,
            ["RoomClients:zoom:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["RoomClients:zoom:OAuthBaseAddress"] = simulator.OAuthBaseAddress.ToString(),
            ["RoomClients:zoom:UserId"] = simulator.UserEmail,
            ["RoomClients:zoom:WebhookTolerance"] = "00:02:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddZoom());
        await using var provider = services.BuildServiceProvider();
        var ct = TestContext.Current.CancellationToken;

        var options = provider.GetRequiredService<IOptionsMonitor<ZoomOptions>>().Get("zoom");
        Assert.Equal(simulator.UserEmail, options.UserId);
        Assert.Equal(TimeSpan.FromMinutes(2), options.WebhookTolerance);
        var room = await provider.GetRequiredKeyedService<IRoomService>("zoom").CreateRoomAsync(new CreateRoomRequest(), ct);
        var meeting = await provider.GetRequiredKeyedService<IZoomApi>("zoom").GetMeetingAsync(room.Id, cancellationToken: ct);
        Assert.Equal(room.Id, meeting.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Two_registrations_keep_their_own_tokens()
    {
        using var us = new ZoomSimulator();
        using var eu = new ZoomSimulator();
        var services = new ServiceCollection();
        services.AddRoomClients(rooms =>
        {
            rooms.AddZoom(o => Point(o, us));
            rooms.AddZoom(o => Point(o, eu), name: "zoom-eu");
        });
        await using var provider = services.BuildServiceProvider();
        var ct = TestContext.Current.CancellationToken;

        var a = await provider.GetRequiredKeyedService<IRoomService>("zoom").CreateRoomAsync(new CreateRoomRequest(), ct);
        var b = await provider.GetRequiredKeyedService<IRoomService>("zoom-eu").CreateRoomAsync(new CreateRoomRequest(), ct);

        Assert.Equal("zoom", a.RegistrationName);
        Assert.Equal("zoom-eu", b.RegistrationName);
        Assert.Equal((1, 1), (us.CreatedCount, eu.CreatedCount));
        Assert.Equal((1, 1), (us.TokenRequestCount, eu.TokenRequestCount));
    }

    [Fact]
    public void Without_a_webhook_secret_no_parser_exists_and_the_message_names_the_setting()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddZoom(o => { o.AccountId = "a"; o.ClientId = "c"; o.ClientSecret = "s"; }));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredKeyedService<IRoomWebhookParser>("zoom"));
        Assert.Contains("RoomClients:zoom:WebhookSecretToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_webhook_secret_the_keyed_parser_is_zooms()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddZoom(o => { o.AccountId = "a"; o.ClientId = "c"; o.ClientSecret = "s"; o.WebhookSecretToken = "hook"; }));
        using var provider = services.BuildServiceProvider();

        var parser = provider.GetRequiredKeyedService<IRoomWebhookParser>("zoom");
        Assert.IsType<ZoomWebhookParser>(parser);
        Assert.Equal("zoom", parser.Provider);
    }

    private static void Point(ZoomOptions o, ZoomSimulator simulator)
    {
        o.AccountId = simulator.AccountId;
        o.ClientId = simulator.ClientId;
        o.ClientSecret = simulator.ClientSecret;
        o.BaseAddress = simulator.BaseAddress;
        o.OAuthBaseAddress = simulator.OAuthBaseAddress;
    }
}
