using RoomClients.Daily;
using RoomClients.DependencyInjection;
using RoomClients.Testing;
using RoomClients.Testing.Daily;

namespace RoomClients.Contract.Tests;

public sealed class DailyContractTests : RoomServiceContractTests
{
    protected override string ProviderName => RoomProviders.Daily;

    protected override ProviderSimulator StartSimulator() => new DailySimulator();

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator simulator, bool validCredentials)
    {
        var daily = (DailySimulator)simulator;
        rooms.AddDaily(o =>
        {
            o.ApiKey = validCredentials ? daily.ApiKey : "wrong-key";
            o.BaseAddress = daily.BaseAddress;
        });
    }

    protected override string Secret(ProviderSimulator simulator) => "wrong-key";

    protected override string ErrorBody(int status) => status switch
    {
        429 => "{\"error\":\"rate-limit-error\",\"info\":\"Too many requests\"}",
        >= 500 => "{\"error\":\"server-error\",\"info\":\"simulated failure\"}",
        _ => "{\"error\":\"invalid-request-error\",\"info\":\"simulated failure\"}",
    };
}
