using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoomClients.Testing;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby;

namespace RoomClients.AspNetCore.Tests;

/// <summary>AddHealthChecks().AddRoomClients(): one tagged check per registration, against real HTTP simulators.</summary>
public sealed class HealthCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_registration_gets_one_tagged_check_that_is_healthy_when_configured()
    {
        using var whereby = new WherebySimulator();
        await using var provider = Build(rooms => rooms.AddWhereby(o => { o.ApiKey = whereby.ApiKey; o.BaseAddress = whereby.BaseAddress; }).AddInMemory());

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);

        Assert.Equal(["roomclients:in-memory", "roomclients:whereby"], report.Entries.Keys.Order());
        Assert.All(report.Entries.Values, e => Assert.Equal(HealthStatus.Healthy, e.Status));
        Assert.All(report.Entries.Values, e => Assert.Equal(["ready", "roomclients"], e.Tags.Order()));
        Assert.Equal(0, whereby.RequestCount); // no provider call unless asked for
    }

    [Fact]
    public async Task The_opt_in_read_proves_the_credentials()
    {
        using var whereby = new WherebySimulator();
        await using var good = Build(rooms => rooms.AddWhereby(o => { o.ApiKey = whereby.ApiKey; o.BaseAddress = whereby.BaseAddress; }), o => o.ReadFromProvider = true);
        await using var bad = Build(rooms => rooms.AddWhereby(o => { o.ApiKey = "a-revoked-key"; o.BaseAddress = whereby.BaseAddress; }), o => o.ReadFromProvider = true);

        var healthy = await good.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);
        var unhealthy = await bad.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct);

        Assert.Equal(HealthStatus.Healthy, healthy.Entries["roomclients:whereby"].Status);
        var entry = unhealthy.Entries["roomclients:whereby"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.DoesNotContain("a-revoked-key", entry.Description, StringComparison.Ordinal);
        Assert.True(whereby.RequestCount >= 2);
    }

    [Fact]
    public async Task Options_a_reload_made_invalid_make_the_check_unhealthy_naming_the_setting()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["RoomClients:whereby:ApiKey"] = "key-1" }).Build();
        var services = new ServiceCollection().AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration).AddLogging();
        services.AddRoomClients(rooms => rooms.AddWhereby());
        services.AddHealthChecks().AddRoomClients();
        await using var provider = services.BuildServiceProvider();
        var health = provider.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(Ct)).Status);

        configuration["RoomClients:whereby:ApiKey"] = string.Empty; // a reload that removes the key
        // OptionsMonitor rebuilds the options inside Reload(), so the validator's error surfaces there first (with a file
        // source, on the watcher's thread); the health check must report it afterwards.
        Assert.ThrowsAny<Exception>(configuration.Reload);

        var entry = (await health.CheckHealthAsync(Ct)).Entries["roomclients:whereby"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("ApiKey", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failover_reports_its_providers_circuit_states_and_tags_can_be_chosen()
    {
        await using var provider = Build(
            rooms => rooms.AddInMemory("a").AddInMemory("b").AddFailover("rooms", f => f.Use("a").Then("b")),
            o => { o.Tags.Clear(); o.Tags.Add("live"); });

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("live"), Ct);

        var failover = report.Entries["roomclients:rooms"];
        Assert.Equal(HealthStatus.Healthy, failover.Status);
        Assert.Equal("Closed", failover.Data["circuit:a"]);
        Assert.Equal("Closed", failover.Data["circuit:b"]);
        Assert.Equal(3, report.Entries.Count);
    }

    private static ServiceProvider Build(Action<RoomClientsBuilder> rooms, Action<RoomClientsHealthCheckOptions>? health = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks().AddRoomClients(health); // before AddRoomClients: registrations are read later
        services.AddRoomClients(rooms);
        return services.BuildServiceProvider();
    }
}
