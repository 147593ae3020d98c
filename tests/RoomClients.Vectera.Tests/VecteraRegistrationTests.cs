using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RoomClients.Testing.Vectera;

namespace RoomClients.Vectera.Tests;

public sealed class VecteraRegistrationTests
{
    [Fact]
    public async Task A_missing_token_fails_at_start_with_a_message_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddRoomClients(rooms => rooms.AddVectera());
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("RoomClients:vectera:ApiToken is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_messages_and_ToString_never_echo_the_token()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddVectera(o =>
        {
            o.ApiToken = "secret token";
            o.BaseAddress = new Uri("/relative", UriKind.Relative);
        }));
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<VecteraOptions>>().Get("vectera"));
        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("white space", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", new VecteraOptions { ApiToken = "secret" }.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Uri("https://www.vectera.com/api/v2/"), new VecteraOptions().BaseAddress);
    }

    [Fact]
    public async Task Options_bind_from_configuration_and_a_second_account_registers_under_its_own_name()
    {
        using var first = new VecteraSimulator();
        using var second = new VecteraSimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:vectera:ApiToken"] = first.ApiToken,
            ["RoomClients:vectera:BaseAddress"] = first.BaseAddress.ToString(),
            ["Other:ApiToken"] = second.ApiToken,
            ["Other:BaseAddress"] = second.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddVectera().Builder.AddVectera(configuration.GetSection("Other"), name: "vectera-eu").Builder.SetDefault("vectera"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, TestContext.Current.CancellationToken);
        var eu = provider.GetRequiredKeyedService<IRoomService>("vectera-eu");
        await eu.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, TestContext.Current.CancellationToken);
        await provider.GetRequiredKeyedService<IVecteraApi>("vectera-eu").GetCurrentUserAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, first.RoomCount);
        Assert.Equal(1, second.RoomCount);
    }
}
