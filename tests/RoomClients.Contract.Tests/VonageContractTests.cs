using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing;
using RoomClients.Testing.Vonage;
using RoomClients.Vonage;

namespace RoomClients.Contract.Tests;

public sealed class VonageContractTests : RoomServiceContractTests
{
    private readonly string _wrongKey = System.Security.Cryptography.RSA.Create(2048).ExportPkcs8PrivateKeyPem();

    protected override string ProviderName => RoomProviders.Vonage;

    protected override ProviderSimulator? StartSimulator() => new VonageSimulator();

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials)
    {
        var vonage = (VonageSimulator)simulator!;
        rooms.AddVonage(o =>
        {
            o.ApplicationId = vonage.ApplicationId;
            o.PrivateKey = validCredentials ? vonage.PrivateKeyPem : _wrongKey;
            o.BaseAddress = vonage.BaseAddress;
        });
    }

    protected override string Secret(ProviderSimulator? simulator) => _wrongKey.Split('\n')[1];

    protected override string ErrorBody(int status) =>
        $"{{\"message\":\"simulated failure\",\"name\":\"SimulatedError\",\"status\":{status}}}";
}
