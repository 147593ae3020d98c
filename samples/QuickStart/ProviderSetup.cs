using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using RoomClients;
using RoomClients.Daily;
using RoomClients.EnableX;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;
using RoomClients.Zoom;

namespace QuickStart;

/// <summary>How QuickStart registers one provider: always from configuration (<c>RoomClients:&lt;name&gt;</c>), whether that holds real credentials or a simulator's.</summary>
/// <param name="Name">The provider name, also the configuration section under RoomClients.</param>
/// <param name="CredentialKey">The setting whose presence means "this provider is configured".</param>
/// <param name="Register">Registers the provider; it binds its options from configuration.</param>
internal sealed record ProviderSetup(string Name, string CredentialKey, Action<RoomClientsBuilder> Register)
{
    /// <summary>The providers QuickStart runs, in table order.</summary>
    public static IReadOnlyList<ProviderSetup> All { get; } =
    [
        new(RoomProviders.Whereby, "ApiKey", rooms => rooms.AddWhereby()),
        new(RoomProviders.EnableX, "AppKey", rooms => rooms.AddEnableX()),
        new(RoomProviders.Vectera, "ApiToken", rooms => rooms.AddVectera()),
        new(RoomProviders.Vonage, "ApplicationId", rooms => rooms.AddVonage()),
        new(RoomProviders.Daily, "ApiKey", rooms => rooms.AddDaily()),
        new(RoomProviders.Zoom, "ClientSecret", rooms => rooms.AddZoom()),
    ];

    /// <summary>Whether the provider's credential is set.</summary>
    public bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{RoomClientsBuilder.ConfigurationSectionName}:{Name}:{CredentialKey}"]);
}
