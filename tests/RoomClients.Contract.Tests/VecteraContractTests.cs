using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing;
using RoomClients.Testing.Vectera;
using RoomClients.Vectera;

namespace RoomClients.Contract.Tests;

public sealed class VecteraContractTests : RoomServiceContractTests
{
    protected override string ProviderName => RoomProviders.Vectera;

    protected override ProviderSimulator? StartSimulator() => new VecteraSimulator();

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials)
    {
        var vectera = (VecteraSimulator)simulator!;
        rooms.AddVectera(o =>
        {
            o.ApiToken = validCredentials ? vectera.ApiToken : "wrong-token";
            o.BaseAddress = vectera.BaseAddress;
        });
    }

    protected override string Secret(ProviderSimulator? simulator) => "wrong-token";

    protected override string ErrorBody(int status) => status == 429
        ? "{\"detail\":\"Request was throttled. Expected available in 0 seconds.\"}"
        : "{\"detail\":\"simulated failure\"}";

    /// <summary>Vectera meeting rooms are permanent: no end date, no display name.</summary>
    protected override CreateRoomRequest NewRoomRequest(IRoomService service) => new() { Kind = RoomKind.Permanent };

    /// <summary>Vectera rooms do not expire; the update opens the room to guests (publicAccessLevel can_always_join).</summary>
    protected override (UpdateRoomRequest Request, Action<Room> Verify) NewUpdate() =>
        (new UpdateRoomRequest { Locked = false }, fetched => Assert.Equal("can_always_join", fetched.Metadata["publicAccessLevel"]));
}
