using Microsoft.Extensions.DependencyInjection;
using RoomClients.EnableX;
using RoomClients.Testing;
using RoomClients.Testing.EnableX;

namespace RoomClients.Contract.Tests;

public sealed class EnableXContractTests : RoomServiceContractTests
{
    protected override string ProviderName => RoomProviders.EnableX;

    protected override ProviderSimulator? StartSimulator() => new EnableXSimulator();

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials)
    {
        var enablex = (EnableXSimulator)simulator!;
        rooms.AddEnableX(o =>
        {
            o.AppId = enablex.AppId;
            o.AppKey = validCredentials ? enablex.AppKey : "wrong-app-key";
            o.BaseAddress = enablex.BaseAddress;
            o.ApiVersionPath = enablex.ApiVersionPath;
            o.MeetingSubdomain = "contract";
        });
    }

    protected override string Secret(ProviderSimulator? simulator) => "wrong-app-key";

    protected override string ErrorBody(int status) => $$"""{"result":{{status}},"error":"simulated failure","desc":"simulated"}""";
}
