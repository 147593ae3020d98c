using RoomClients.Daily;
using RoomClients.Testing;
using RoomClients.Testing.Daily;

namespace RoomClients.Contract.Tests;

public sealed class DailyContractTests : RoomServiceContractTests
{
    protected override string ProviderName => RoomProviders.Daily;

    protected override ProviderSimulator? StartSimulator() => new DailySimulator();

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials)
    {
        var daily = (DailySimulator)simulator!;
        rooms.AddDaily(o =>
        {
            o.ApiKey = validCredentials ? daily.ApiKey : "wrong-key";
            o.BaseAddress = daily.BaseAddress;
        });
    }

    /// <summary>A Daily create is the room (<c>POST /rooms</c>) and its host link's owner token (<c>POST /meeting-tokens</c>).</summary>
    protected override int RequestsPerCreate => 2;

    [Fact]
    public async Task A_create_creates_one_room_and_mints_one_host_token()
    {
        var daily = (DailySimulator)Simulator;
        var (rooms, tokens) = (daily.CreatedCount, daily.TokenCount);
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);
        Assert.Equal(rooms + 1, daily.CreatedCount);
        Assert.Equal(tokens + 1, daily.TokenCount);
        Assert.NotNull(room.HostUrl);
    }

    protected override string Secret(ProviderSimulator? simulator) => "wrong-key";

    protected override string ErrorBody(int status) => status switch
    {
        429 => "{\"error\":\"rate-limit-error\",\"info\":\"Too many requests\"}",
        >= 500 => "{\"error\":\"server-error\",\"info\":\"simulated failure\"}",
        _ => "{\"error\":\"invalid-request-error\",\"info\":\"simulated failure\"}",
    };
}
