using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Testing.EnableX;

namespace RoomClients.EnableX.Tests;

/// <summary>Registering EnableX: settings validated with messages naming them and never echoing the app key; binding from the <c>RoomClients:enablex</c> section.</summary>
public sealed class EnableXRegistrationTests
{
    [Fact]
    public void Missing_credentials_fail_validation_naming_each_setting()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddEnableX(o => o.MeetingSubdomain = "acme"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(RoomProviders.EnableX));

        Assert.Contains("RoomClients:enablex:AppId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("RoomClients:enablex:AppKey is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_to_string_never_shows_the_app_key()
    {
        Assert.DoesNotContain("secret-app-key-42", new EnableXOptions { AppId = "app", AppKey = "secret-app-key-42" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_bind_from_the_RoomClients_configuration_section()
    {
        using var simulator = new EnableXSimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(simulator.ConfigurationFor()).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddEnableX());
        await using var provider = services.BuildServiceProvider();

        var room = await provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);

        Assert.Equal(RoomProviders.EnableX, room.Provider);
        Assert.Equal(simulator.AppId, provider.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(RoomProviders.EnableX).AppId);
    }
}
