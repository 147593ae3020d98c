using RoomClients;
using RoomClients.EnableX;
using RoomClients.Testing.EnableX;
using RoomClients.Testing.Vectera;
using RoomClients.Testing.Vonage;
using RoomClients.Testing.Whereby;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;

namespace QuickStart;

/// <summary>The providers QuickStart runs, one entry each.</summary>
internal static class Providers
{
    public static IReadOnlyList<ProviderSetup> All { get; } =
    [
        new(RoomProviders.Whereby, "ApiKey",
            rooms => rooms.AddWhereby(),
            rooms =>
            {
                var simulator = new WherebySimulator();
                rooms.AddWhereby(o =>
                {
                    o.ApiKey = simulator.ApiKey;
                    o.BaseAddress = simulator.BaseAddress;
                });
                return simulator;
            }),
        new(RoomProviders.EnableX, "AppKey",
            rooms => rooms.AddEnableX(),
            rooms =>
            {
                var simulator = new EnableXSimulator();
                rooms.AddEnableX(o =>
                {
                    o.AppId = simulator.AppId;
                    o.AppKey = simulator.AppKey;
                    o.BaseAddress = simulator.BaseAddress;
                    o.ApiVersionPath = simulator.ApiVersionPath;
                    o.MeetingSubdomain = "quickstart";
                });
                return simulator;
            }),
        new(RoomProviders.Vectera, "ApiToken",
            rooms => rooms.AddVectera(),
            rooms =>
            {
                var simulator = new VecteraSimulator();
                rooms.AddVectera(o =>
                {
                    o.ApiToken = simulator.ApiToken;
                    o.BaseAddress = simulator.BaseAddress;
                });
                return simulator;
            }),
        new(RoomProviders.Vonage, "ApplicationId",
            rooms => rooms.AddVonage(),
            rooms =>
            {
                var simulator = new VonageSimulator();
                rooms.AddVonage(o =>
                {
                    o.ApplicationId = simulator.ApplicationId;
                    o.PrivateKey = simulator.PrivateKeyPem;
                    o.BaseAddress = simulator.BaseAddress;
                });
                return simulator;
            }),
    ];
}
