using Microsoft.Extensions.DependencyInjection;
using RoomClients.EnableX;
using RoomClients.Testing;
using RoomClients.Testing.EnableX;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby;

namespace RoomClients.Contract.Tests;

/// <summary>
/// A two-provider failover registered as the README shows (Whereby, then EnableX) as a subject. Faults are fed to the
/// first member's simulator, which serves every request the failover can give it; scheduled and permanent rooms go to EnableX.
/// </summary>
public sealed class FailoverContractTests : RoomServiceContractTests
{
    private EnableXSimulator? _enablex;

    protected override string ProviderName => RoomProviders.Whereby;

    protected override string ServiceKey => "rooms";

    protected override string ServiceProvider => RoomProviders.Failover;

    protected override string MissingRoomId => "whereby:does-not-exist-42";

    protected override ProviderSimulator? StartSimulator()
    {
        _enablex = new EnableXSimulator();
        Owned.Add(_enablex);
        return new WherebySimulator();
    }

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials)
    {
        var whereby = (WherebySimulator)simulator!;
        var enablex = _enablex!;
        rooms
            .AddWhereby(o =>
            {
                o.ApiKey = validCredentials ? whereby.ApiKey : "wrong-key";
                o.BaseAddress = whereby.BaseAddress;
            })
            .AddEnableX(o =>
            {
                o.AppId = enablex.AppId;
                o.AppKey = validCredentials ? enablex.AppKey : "wrong-app-key";
                o.BaseAddress = enablex.BaseAddress;
                o.ApiVersionPath = enablex.ApiVersionPath;
                o.MeetingSubdomain = "contract";
            })
            .AddFailover("rooms", f => f.Use("whereby").Then("enablex"))
            .SetDefault();
    }

    protected override string Secret(ProviderSimulator? simulator) => "wrong-key";

    /// <summary>The portable request (no display name, which only EnableX stores): it goes to the first member, Whereby.</summary>
    protected override CreateRoomRequest NewRoomRequest(IRoomService service) => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(2) };

    protected override string ErrorBody(int status) =>
        status == 429 ? "{\"error\":\"Rate limit active for throttle key: organization:1\",\"data\":{\"msLeft\":0}}" : "{\"error\":\"simulated failure\"}";
}
