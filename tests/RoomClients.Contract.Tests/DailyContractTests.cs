using RoomClients.Testing.Daily;
using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>Daily against its simulator, through its profile; plus what only Daily does (a create is two requests).</summary>
public sealed class DailyContractTests() : RoomServiceContractTests(new DailyProfile())
{
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
}
