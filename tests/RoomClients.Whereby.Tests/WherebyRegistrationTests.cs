using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoomClients.Testing;
using RoomClients.Testing.Whereby;
using RoomClients.Webhooks;
using RoomClients.Whereby;

namespace RoomClients.Whereby.Tests;

public sealed class WherebyRegistrationTests
{
    [Fact]
    public async Task A_missing_api_key_fails_at_start_with_a_message_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddRoomClients(rooms => rooms.AddWhereby());
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("RoomClients:whereby:ApiKey is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_messages_never_echo_the_key()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddWhereby(o =>
        {
            o.ApiKey = "secret key with spaces";
            o.DefaultRoomLifetime = TimeSpan.Zero;
        }));
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get("whereby"));
        Assert.Contains("DefaultRoomLifetime", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret key", new WherebyOptions { ApiKey = "secret key", WebhookSigningSecret = "secret key 2" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_bind_from_the_RoomClients_configuration_section()
    {
        using var simulator = new WherebySimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:whereby:ApiKey"] = simulator.ApiKey,
            ["RoomClients:whereby:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["RoomClients:whereby:DefaultRoomLifetime"] = "00:30:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddWhereby());
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get("whereby");
        Assert.Equal(TimeSpan.FromMinutes(30), options.DefaultRoomLifetime);
        var room = await provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);
        Assert.Equal(1, simulator.MeetingCount);
        Assert.NotNull(room.HostUrl);
    }

    [Fact]
    public async Task An_explicit_configuration_section_and_code_both_apply_code_last()
    {
        using var simulator = new WherebySimulator();
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ApiKey"] = "overridden-below",
            ["BaseAddress"] = simulator.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddWhereby(section).Builder.AddWhereby(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; }, name: "second"));
        await using var provider = services.BuildServiceProvider();

        Assert.Equal("overridden-below", provider.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get("whereby").ApiKey);
        var second = provider.GetRequiredService<IRoomServiceFactory>().GetRoomService("second");
        Assert.Equal("whereby", second.Provider);
        await second.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);
        Assert.Equal(1, simulator.MeetingCount);
    }

    [Fact]
    public void Keyed_services_plain_service_and_factory_follow_the_registrations()
    {
        var services = new ServiceCollection();
        var rooms = services.AddRoomClients();
        rooms.AddWhereby(o => o.ApiKey = "k");
        using (var one = services.BuildServiceProvider())
        {
            Assert.Equal("whereby", one.GetRequiredService<IRoomService>().Provider); // the only one is the default
            Assert.NotNull(one.GetRequiredKeyedService<IRoomService>("whereby"));
            Assert.NotNull(one.GetRequiredKeyedService<IWherebyApi>("whereby"));
            Assert.NotNull(one.GetRequiredService<IWherebyApi>());
        }

        rooms.AddInMemory();
        using (var two = services.BuildServiceProvider())
        {
            Assert.Null(two.GetService<IRoomService>()); // two providers, none marked default: no guessing
            var factory = two.GetRequiredService<IRoomServiceFactory>();
            Assert.Equal(["whereby", "in-memory"], factory.Names);
            Assert.Null(factory.DefaultName);
            Assert.Equal("in-memory", factory.GetRoomService("in-memory").Provider);
            var error = Assert.Throws<ArgumentException>(() => factory.GetRoomService("nope"));
            Assert.Contains("whereby, in-memory", error.Message, StringComparison.Ordinal);
        }

        rooms.SetDefault("in-memory");
        using var three = services.BuildServiceProvider();
        Assert.Equal("in-memory", three.GetRequiredService<IRoomService>().Provider);
        Assert.Throws<InvalidOperationException>(() => rooms.AddWhereby(o => o.ApiKey = "k")); // same name twice
    }

    [Fact]
    public void The_webhook_parser_is_registered_when_a_secret_is_configured()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms
            .AddWhereby(o => { o.ApiKey = "k"; o.WebhookSigningSecret = "s"; })
            .Builder.AddWhereby(o => o.ApiKey = "k", name: "no-secret"));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<WherebyWebhookParser>(provider.GetRequiredKeyedService<IRoomWebhookParser>("whereby"));
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredKeyedService<IRoomWebhookParser>("no-secret"));
        Assert.Contains("WebhookSigningSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotated_api_key_is_used_without_a_restart()
    {
        using var simulator = new WherebySimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:whereby:ApiKey"] = "old-key",
            ["RoomClients:whereby:BaseAddress"] = simulator.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddWhereby());
        await using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();
        await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));

        configuration["RoomClients:whereby:ApiKey"] = simulator.ApiKey;
        configuration.Reload(); // what a file or secret-store provider does when the key changes

        var room = await rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);
        Assert.Equal("whereby", room.Provider);
    }

    [Fact]
    public async Task The_api_client_is_shared_and_a_reloaded_base_address_applies_to_the_next_resolution()
    {
        var first = new WherebySimulator();
        using var second = new WherebySimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:whereby:ApiKey"] = first.ApiKey,
            ["RoomClients:whereby:BaseAddress"] = first.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddWhereby());
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredKeyedService<IWherebyApi>("whereby");
        Assert.Same(api, provider.GetRequiredKeyedService<IWherebyApi>("whereby")); // one Refit client per registration, not per resolution
        await provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);

        first.Dispose();
        configuration["RoomClients:whereby:ApiKey"] = second.ApiKey;
        configuration["RoomClients:whereby:BaseAddress"] = second.BaseAddress.ToString();
        configuration.Reload();

        Assert.NotSame(api, provider.GetRequiredKeyedService<IWherebyApi>("whereby"));
        var room = await provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);
        Assert.Equal("whereby", room.Provider);
    }
}
