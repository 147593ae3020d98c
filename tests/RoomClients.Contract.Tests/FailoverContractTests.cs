using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>
/// A two-provider failover registered as the README shows (Whereby, then EnableX) as a subject. Faults are fed to the
/// first member's simulator, which serves every request the failover can give it; scheduled and permanent rooms go to EnableX.
/// </summary>
public sealed class FailoverContractTests() : RoomServiceContractTests(new WherebyProfile(), new EnableXProfile())
{
    protected override string ServiceKey => "rooms";

    protected override string ServiceProvider => RoomProviders.Failover;

    protected override string MissingRoomId => "whereby:does-not-exist-42";

    protected override void Compose(RoomClientsBuilder rooms) =>
        rooms.AddFailover("rooms", f => f.Use("whereby").Then("enablex")).SetDefault();

    /// <summary>The portable request (no display name, which only EnableX stores): it goes to the first member, Whereby.</summary>
    protected override CreateRoomRequest NewRoomRequest(IRoomService service) => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(2) };
}
