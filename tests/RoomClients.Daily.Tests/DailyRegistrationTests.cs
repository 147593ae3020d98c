using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoomClients.Testing.Daily;
using RoomClients.Webhooks;

namespace RoomClients.Daily.Tests;

public sealed class DailyRegistrationTests
{
    [Fact]
    public async Task A_missing_api_key_fails_at_start_with_a_message_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddRoomClients(rooms => rooms.AddDaily());
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("RoomClients:daily:ApiKey is missing", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<DailyOptions>> OutOfRange => new()
    {
        { "DefaultRoomLifetime", o => o.DefaultRoomLifetime = TimeSpan.Zero },
        { "DefaultRoomLifetime", o => o.DefaultRoomLifetime = TimeSpan.MaxValue },
        { "MaxHostLinkLifetime", o => o.MaxHostLinkLifetime = TimeSpan.FromSeconds(1) },
        { "MaxHostLinkLifetime", o => o.MaxHostLinkLifetime = TimeSpan.MaxValue },
        { "WebhookTolerance", o => o.WebhookTolerance = TimeSpan.FromDays(2) },
        { "WebhookTolerance", o => o.WebhookTolerance = TimeSpan.FromSeconds(-1) },
        { "WebhookSecret", o => o.WebhookSecret = "not base64!" },
        { "WebhookSecret", o => o.WebhookSecret = Convert.ToBase64String(new byte[8]) },
        { "BaseAddress", o => o.BaseAddress = new Uri("ftp://api.daily.co/v1/") },
        { "ApiKey", o => o.ApiKey = "secret key with spaces" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Options_out_of_range_fail_validation_naming_the_setting_and_never_echo_a_secret(string setting, Action<DailyOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddDaily(o =>
        {
            o.ApiKey = "k-secret-value-1234";
            configure(o);
        }));
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<DailyOptions>>().Get("daily"));
        Assert.Contains($"RoomClients:daily:{setting}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("k-secret-value-1234", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not base64!", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_to_string_never_shows_secrets()
    {
        var text = new DailyOptions { ApiKey = "key-abc", WebhookSecret = Convert.ToBase64String(new byte[32]) }.ToString();
        Assert.DoesNotContain("key-abc", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(new byte[32]), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_bind_from_the_RoomClients_configuration_section()
    {
        using var simulator = new DailySimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:daily:ApiKey"] = simulator.ApiKey,
            ["RoomClients:daily:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["RoomClients:daily:DefaultRoomLifetime"] = "00:30:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddDaily());
        await using var provider = services.BuildServiceProvider();

        var before = DateTimeOffset.UtcNow;
        var room = await provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);
        Assert.Equal(1, simulator.RoomCount);
        Assert.InRange(room.EndsAt!.Value, before.AddMinutes(30).AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(30).AddSeconds(1));
        Assert.NotNull(room.HostUrl);
        Assert.NotNull(provider.GetRequiredKeyedService<IDailyApi>("daily"));
    }

    [Fact]
    public void The_webhook_parser_exists_only_when_a_secret_is_configured()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms
            .AddDaily(o => { o.ApiKey = "k"; o.WebhookSecret = Convert.ToBase64String(new byte[32]); })
            .AddDaily(o => o.ApiKey = "k", name: "no-secret"));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<DailyWebhookParser>(provider.GetRequiredKeyedService<IRoomWebhookParser>("daily"));
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredKeyedService<IRoomWebhookParser>("no-secret"));
        Assert.Contains("RoomClients:no-secret:WebhookSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rotated_webhook_secret_applies_to_the_next_webhook_and_a_removed_one_fails_closed()
    {
        var oldKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var newKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:daily:ApiKey"] = "k",
            ["RoomClients:daily:WebhookSecret"] = Convert.ToBase64String(oldKey),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddDaily());
        using var provider = services.BuildServiceProvider();
        var parser = provider.GetRequiredKeyedService<IRoomWebhookParser>("daily"); // resolved once, held by the app
        const string body = """{"version":"1.0.0","type":"meeting.started","id":"e-1","payload":{"room":"r"},"event_ts":1}""";
        RoomWebhookRequest Signed(byte[] key)
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var signature = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
            return new(System.Text.Encoding.UTF8.GetBytes(body), [new("X-Webhook-Signature", signature), new("X-Webhook-Timestamp", timestamp)]);
        }

        Assert.Equal(RoomEventType.SessionStarted, parser.Parse(Signed(oldKey)).Type);
        configuration["RoomClients:daily:WebhookSecret"] = Convert.ToBase64String(newKey);
        configuration.Reload();
        Assert.Throws<RoomWebhookException>(() => parser.Parse(Signed(oldKey)));
        Assert.Equal(RoomEventType.SessionStarted, parser.Parse(Signed(newKey)).Type);
        configuration["RoomClients:daily:WebhookSecret"] = null;
        configuration.Reload();
        var error = Assert.Throws<RoomWebhookException>(() => parser.Parse(Signed(newKey)));
        Assert.Contains("no webhook secret is configured", error.Message, StringComparison.Ordinal);
    }
}
