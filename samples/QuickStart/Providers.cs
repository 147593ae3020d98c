using RoomClients;
using RoomClients.Testing.Vectera;
using RoomClients.Testing.Whereby;
using RoomClients.Vectera;
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
    ];
}
