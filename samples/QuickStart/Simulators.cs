using Microsoft.Extensions.DependencyInjection;
using RoomClients;
using RoomClients.Testing;
using RoomClients.Testing.Daily;
using RoomClients.Testing.EnableX;
using RoomClients.Testing.Vectera;
using RoomClients.Testing.Vonage;
using RoomClients.Testing.Whereby;
using RoomClients.Testing.Zoom;

namespace QuickStart;

/// <summary>A running simulator and the settings that point a provider registration at it.</summary>
/// <param name="Simulator">The simulator, to dispose when done.</param>
/// <param name="Settings">Configuration keys (<c>RoomClients:&lt;name&gt;:…</c>) and values.</param>
internal sealed record RunningSimulator(ProviderSimulator Simulator, IReadOnlyDictionary<string, string?> Settings);

/// <summary>Starts RoomClients.Testing's simulator of a provider on loopback, with credentials generated at run time.</summary>
internal static class Simulators
{
    public static RunningSimulator Start(string provider)
    {
        ProviderSimulator simulator = provider switch
        {
            RoomProviders.Whereby => new WherebySimulator(),
            RoomProviders.EnableX => new EnableXSimulator(),
            RoomProviders.Vectera => new VecteraSimulator(),
            RoomProviders.Vonage => new VonageSimulator(), // generates its RSA key pair now: no key material in the repository
            RoomProviders.Daily => new DailySimulator(),
            RoomProviders.Zoom => new ZoomSimulator(), // the OAuth token endpoint and the API, with credentials generated now
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No simulator for this provider."),
        };

        // Each simulator names the settings that point a registration at it: RoomClients:<name>:ApiKey, BaseAddress…
        return new(simulator, simulator.ConfigurationFor(provider));
    }
}
