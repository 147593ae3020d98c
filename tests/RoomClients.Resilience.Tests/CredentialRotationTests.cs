using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RoomClients.Resilience.Tests;

/// <summary>
/// Every provider registered from configuration alone picks up a rotated credential on the next call, without a restart
/// or a new service: wrong → right → wrong again (so nothing derived from the old credential, such as a cached Vonage
/// token, outlives it).
/// </summary>
public sealed class CredentialRotationTests
{
    public static TheoryData<string> Providers => new(ProviderUnderTest.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_rotated_credential_takes_effect_on_the_next_call(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var under = ProviderUnderTest.All.Single(p => p.Name == provider);
        using var simulator = under.StartSimulator();
        var section = $"{RoomClientsBuilder.ConfigurationSectionName}:{provider}:";
        var settings = under.Settings(simulator.Url).ToDictionary(kv => section + kv.Key, kv => kv.Value);
        var right = settings[section + under.CredentialSetting];
        var wrong = under.WrongCredential();
        settings[section + under.CredentialSetting] = wrong;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(under.RegisterFromConfiguration);
        await using var container = services.BuildServiceProvider();
        var rooms = container.GetRequiredService<IRoomService>(); // resolved once: rotation must reach a live instance

        await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.CreateRoomAsync(under.NewRoom(), ct));

        Rotate(configuration, section + under.CredentialSetting, right);
        var room = await rooms.CreateRoomAsync(under.NewRoom(), ct);
        Assert.Equal(provider, room.Provider);
        Assert.Equal(room.Id, (await rooms.GetRoomAsync(room.Id, ct)).Id);

        Rotate(configuration, section + under.CredentialSetting, wrong);
        await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.GetRoomAsync(room.Id, ct));
    }

    private static void Rotate(IConfigurationRoot configuration, string key, string? value)
    {
        configuration[key] = value;
        configuration.Reload(); // what a file or secret-store source does when the credential changes
    }
}
