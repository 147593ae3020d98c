using Microsoft.Extensions.Configuration;
using RoomClients.DependencyInjection;

namespace QuickStart;

/// <summary>How QuickStart registers one provider: for real when its credentials are configured, else against the built-in simulator.</summary>
/// <param name="Name">The provider name, also the configuration section under RoomClients.</param>
/// <param name="CredentialKey">The setting whose presence means "use the real provider".</param>
/// <param name="RegisterReal">Registers the provider from configuration.</param>
/// <param name="RegisterSimulated">Starts the simulator, registers the provider against it and returns the simulator to dispose.</param>
internal sealed record ProviderSetup(
    string Name,
    string CredentialKey,
    Action<RoomClientsBuilder> RegisterReal,
    Func<RoomClientsBuilder, IDisposable> RegisterSimulated)
{
    public bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"RoomClients:{Name}:{CredentialKey}"]);
}
