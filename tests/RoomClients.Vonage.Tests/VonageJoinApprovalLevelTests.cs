using System.Text.Json;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage.Tests;

/// <summary><see cref="VonageJoinApprovalLevel"/>: an open value set that serializes as the bare string, exactly as the string properties did.</summary>
public sealed class VonageJoinApprovalLevelTests
{
    [Fact]
    public void Known_values_write_the_same_JSON_as_the_strings_did()
    {
        var json = JsonSerializer.Serialize(new CreateVonageRoomRequest { DisplayName = "Sales", JoinApprovalLevel = VonageJoinApprovalLevel.ExplicitApproval }, VonageJsonContext.Default.CreateVonageRoomRequest);
        Assert.Contains("\"join_approval_level\":\"explicit_approval\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("join_approval_level", JsonSerializer.Serialize(new CreateVonageRoomRequest { DisplayName = "Sales" }, VonageJsonContext.Default.CreateVonageRoomRequest), StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_Vonage_adds_later_round_trips_unchanged()
    {
        var room = JsonSerializer.Deserialize("""{"id":"r","join_approval_level":"waiting_room"}""", VonageJsonContext.Default.VonageRoom)!;
        Assert.Equal(new VonageJoinApprovalLevel("waiting_room"), room.JoinApprovalLevel);
        Assert.Contains("\"join_approval_level\":\"waiting_room\"", JsonSerializer.Serialize(room, VonageJsonContext.Default.VonageRoom), StringComparison.Ordinal);
        Assert.Null(JsonSerializer.Deserialize("""{"id":"r","join_approval_level":null}""", VonageJsonContext.Default.VonageRoom)!.JoinApprovalLevel);
    }

    [Fact]
    public async Task The_adapter_still_refuses_a_level_it_does_not_know_before_sending()
    {
        var request = new CreateRoomRequest { DisplayName = "a" };
        request.ProviderOptions.Add(new VonageRoomOptions { JoinApprovalLevel = new VonageJoinApprovalLevel("bogus") });
        using var simulator = new RoomClients.Testing.Vonage.VonageSimulator();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.RoomClientsServiceCollectionExtensions.AddRoomClients(services, rooms =>
            rooms.AddVonage(o => { o.ApplicationId = simulator.ApplicationId; o.PrivateKey = simulator.PrivateKeyPem; o.BaseAddress = simulator.BaseAddress; }));
        await using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var rooms = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IRoomService>(provider);
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => rooms.CreateRoomAsync(request, TestContext.Current.CancellationToken));
        Assert.Contains("JoinApprovalLevel", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, simulator.RequestCount);
    }
}
