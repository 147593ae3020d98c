using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby;

namespace RoomClients.Contract.Tests;

public sealed class WherebyContractTests : RoomServiceContractTests
{
    protected override string ProviderName => RoomProviders.Whereby;

    protected override ProviderSimulator? StartSimulator() => new WherebySimulator();

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials)
    {
        var whereby = (WherebySimulator)simulator!;
        rooms.AddWhereby(o =>
        {
            o.ApiKey = validCredentials ? whereby.ApiKey : "wrong-key";
            o.BaseAddress = whereby.BaseAddress;
        });
    }

    protected override string Secret(ProviderSimulator? simulator) => "wrong-key";

    protected override string ErrorBody(int status) =>
        status == 429 ? "{\"error\":\"Rate limit active for throttle key: organization:1\",\"data\":{\"msLeft\":0}}" : "{\"error\":\"simulated failure\"}";
}
