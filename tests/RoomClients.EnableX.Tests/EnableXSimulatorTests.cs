using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing.EnableX;

namespace RoomClients.EnableX.Tests;

/// <summary>The EnableX simulator: it keeps the rooms it is asked for and refuses credentials other than its own, as EnableX does.</summary>
public sealed class EnableXSimulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider Register(EnableXSimulator simulator, string? appKey = null)
    {
        var settings = new Dictionary<string, string?>(simulator.ConfigurationFor());
        if (appKey is not null)
        {
            settings["RoomClients:enablex:AppKey"] = appKey;
        }

        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddRoomClients(rooms => rooms.AddEnableX());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Rooms_are_kept_until_deleted()
    {
        using var simulator = new EnableXSimulator();
        await using var provider = Register(simulator);
        var rooms = provider.GetRequiredService<IRoomService>();

        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Kept" }, Ct);
        Assert.Equal("Kept", (await rooms.GetRoomAsync(room.Id, Ct)).DisplayName);
        await rooms.DeleteRoomAsync(room.Id, Ct);

        await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.GetRoomAsync(room.Id, Ct));
        Assert.Equal(RoomProviders.EnableX, simulator.Provider);
    }

    [Fact]
    public async Task Another_app_key_is_refused()
    {
        using var simulator = new EnableXSimulator();
        await using var provider = Register(simulator, appKey: "another-app-key");

        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => provider.GetRequiredService<IRoomService>().CreateRoomAsync(new CreateRoomRequest(), Ct));

        Assert.Equal(RoomProviders.EnableX, error.Provider);
        Assert.DoesNotContain("another-app-key", error.ToString(), StringComparison.Ordinal);
    }
}
