using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Testing.Vonage;

namespace RoomClients.Vonage.Tests;

/// <summary>Registering Vonage: settings validated with messages naming them and never echoing the key; binding from the <c>RoomClients:vonage</c> section.</summary>
public sealed class VonageRegistrationTests
{
    [Fact]
    public void Missing_settings_fail_validation_naming_each_setting()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddVonage());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(RoomProviders.Vonage));

        Assert.Contains("RoomClients:vonage:ApplicationId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("RoomClients:vonage:PrivateKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_to_string_never_shows_the_private_key()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var text = new VonageOptions { ApplicationId = "app", PrivateKey = pem }.ToString();
        Assert.DoesNotContain(pem.Split('\n')[1], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_bind_from_the_RoomClients_configuration_section()
    {
        using var simulator = new VonageSimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(simulator.ConfigurationFor()).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddVonage());
        await using var provider = services.BuildServiceProvider();

        var room = await provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest { DisplayName = "Bound" }, TestContext.Current.CancellationToken);

        Assert.Equal(RoomProviders.Vonage, room.Provider);
        Assert.Equal(simulator.ApplicationId, provider.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(RoomProviders.Vonage).ApplicationId);
    }
}
