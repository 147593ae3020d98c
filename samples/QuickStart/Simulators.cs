using Microsoft.Extensions.DependencyInjection;
using RoomClients;
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
internal sealed record RunningSimulator(IDisposable Simulator, IReadOnlyDictionary<string, string?> Settings);

/// <summary>Starts RoomClients.Testing's simulator of a provider on loopback, with credentials generated at run time.</summary>
internal static class Simulators
{
    public static RunningSimulator Start(string provider)
    {
        var prefix = $"{RoomClientsBuilder.ConfigurationSectionName}:{provider}:";
        switch (provider)
        {
            case RoomProviders.Whereby:
                var whereby = new WherebySimulator();
                return new(whereby, new Dictionary<string, string?>
                {
                    [prefix + "ApiKey"] = whereby.ApiKey,
                    [prefix + "BaseAddress"] = whereby.BaseAddress.ToString(),
                });
            case RoomProviders.EnableX:
                var enablex = new EnableXSimulator();
                return new(enablex, new Dictionary<string, string?>
                {
                    [prefix + "AppId"] = enablex.AppId,
                    [prefix + "AppKey"] = enablex.AppKey,
                    [prefix + "BaseAddress"] = enablex.BaseAddress.ToString(),
                    [prefix + "ApiVersionPath"] = enablex.ApiVersionPath,
                    [prefix + "MeetingSubdomain"] = "quickstart",
                });
            case RoomProviders.Vectera:
                var vectera = new VecteraSimulator();
                return new(vectera, new Dictionary<string, string?>
                {
                    [prefix + "ApiToken"] = vectera.ApiToken,
                    [prefix + "BaseAddress"] = vectera.BaseAddress.ToString(),
                });
            case RoomProviders.Vonage:
                var vonage = new VonageSimulator(); // generates its RSA key pair now: no key material in the repository
                return new(vonage, new Dictionary<string, string?>
                {
                    [prefix + "ApplicationId"] = vonage.ApplicationId,
                    [prefix + "PrivateKey"] = vonage.PrivateKeyPem,
                    [prefix + "BaseAddress"] = vonage.BaseAddress.ToString(),
                });
            case RoomProviders.Daily:
                var daily = new DailySimulator();
                return new(daily, new Dictionary<string, string?>
                {
                    [prefix + "ApiKey"] = daily.ApiKey,
                    [prefix + "BaseAddress"] = daily.BaseAddress.ToString(),
                });
            case RoomProviders.Zoom:
                var zoom = new ZoomSimulator(); // the OAuth token endpoint and the API, with credentials generated now
                return new(zoom, new Dictionary<string, string?>
                {
                    [prefix + "AccountId"] = zoom.AccountId,
                    [prefix + "ClientId"] = zoom.ClientId,
                    [prefix + "ClientSecret"] = zoom.ClientSecret,
                    [prefix + "BaseAddress"] = zoom.BaseAddress.ToString(),
                    [prefix + "OAuthBaseAddress"] = zoom.OAuthBaseAddress.ToString(),
                });
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "No simulator for this provider.");
        }
    }
}
