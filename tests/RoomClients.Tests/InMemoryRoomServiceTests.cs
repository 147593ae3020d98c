using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing;

namespace RoomClients.Tests;

public sealed class InMemoryRoomServiceTests
{
    [Fact]
    public async Task Every_operation_works_and_validates_like_an_adapter()
    {
        var ct = TestContext.Current.CancellationToken;
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddInMemory());
        await using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();

        var request = new CreateRoomRequest { DisplayName = "Tutoring", Kind = RoomKind.Scheduled, StartsAt = DateTimeOffset.UtcNow.AddHours(1), EndsAt = DateTimeOffset.UtcNow.AddHours(2) };
        request.Metadata["student"] = "42";
        var room = await rooms.CreateRoomAsync(request, ct);
        Assert.Equal("42", room.Metadata["student"]);
        Assert.Equal(room.Id, (await rooms.GetRoomAsync(room.Id, ct)).Id);

        var updated = await rooms.UpdateRoomAsync(room.Id, new UpdateRoomRequest { DisplayName = "Tutoring (moved)" }, ct);
        Assert.Equal("Tutoring (moved)", updated.DisplayName);

        for (var i = 0; i < 4; i++)
        {
            await rooms.CreateRoomAsync(new CreateRoomRequest(), ct);
        }

        var count = 0;
        await foreach (var unused in rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, ct))
        {
            count++;
        }

        Assert.Equal(5, count);
        await rooms.DeleteRoomAsync(room.Id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.GetRoomAsync(room.Id, ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Scheduled }, ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddMinutes(-5) }, ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => rooms.GetRoomAsync("../x", ct));
    }
}
