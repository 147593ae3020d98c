using RoomClients.DependencyInjection;
using RoomClients.Testing;
using RoomClients.Testing.Zoom;
using RoomClients.Zoom;

namespace RoomClients.Contract.Tests;

public sealed class ZoomContractTests : RoomServiceContractTests
{
    private readonly string _wrongSecret = "wrong-" + Guid.NewGuid().ToString("N");

    protected override string ProviderName => RoomProviders.Zoom;

    protected override ProviderSimulator? StartSimulator() => new ZoomSimulator();

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials)
    {
        var zoom = (ZoomSimulator)simulator!;
        rooms.AddZoom(o =>
        {
            o.AccountId = zoom.AccountId;
            o.ClientId = zoom.ClientId;
            o.ClientSecret = validCredentials ? zoom.ClientSecret : _wrongSecret;
            o.BaseAddress = zoom.BaseAddress;
            o.OAuthBaseAddress = zoom.OAuthBaseAddress;
        });
    }

    protected override string Secret(ProviderSimulator? simulator) => _wrongSecret;

    protected override string ErrorBody(int status) => $"{{\"code\":{status},\"message\":\"simulated failure\"}}";
}
