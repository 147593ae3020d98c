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
    public void The_registration_gives_one_function_for_the_current_client_that_follows_a_configuration_reload()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:whereby:ApiKey"] = "key-1",
            ["RoomClients:whereby:BaseAddress"] = "https://one.example/v1/",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddWhereby());
        using var provider = services.BuildServiceProvider();

        var current = provider.GetRequiredKeyedService<Func<RoomClients.Providers.ProviderClient<IWherebyApi, WherebyOptions>>>("whereby");
        var first = current();
        Assert.Same(current, provider.GetRequiredKeyedService<Func<RoomClients.Providers.ProviderClient<IWherebyApi, WherebyOptions>>>("whereby")); // one per registration
        Assert.Same(first, current()); // unchanged options: the same client, nothing built per call
        Assert.Equal("key-1", first.Options.ApiKey);

        configuration["RoomClients:whereby:ApiKey"] = "key-2";
        configuration["RoomClients:whereby:BaseAddress"] = "https://two.example/v1/";
        configuration.Reload();

        var second = current();
        Assert.NotSame(first, second);
        Assert.Equal("key-2", second.Options.ApiKey);
        Assert.Equal(new Uri("https://two.example/v1/"), second.Options.BaseAddress);
        Assert.Same(second, provider.GetRequiredKeyedService<RoomClients.Providers.ProviderClient<IWherebyApi, WherebyOptions>>("whereby")); // the keyed client is the same snapshot
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
}
