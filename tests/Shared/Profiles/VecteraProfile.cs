using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Testing;
using RoomClients.Testing.Vectera;
using RoomClients.Vectera;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>Vectera: a <c>Token</c> API token; permanent rooms without names or ends; errors are <c>{detail}</c>.</summary>
public sealed class VecteraProfile : ProviderProfile
{
    private readonly string _token = "vectera-secret-token-" + Guid.NewGuid().ToString("N")[..8];

    public override string Name => RoomProviders.Vectera;

    public override Type ApiType => typeof(IVecteraApi);

    public override string CredentialSetting => "ApiToken";

    protected override string Credential => _token;

    protected override string BasePath => "/api/v2/";

    public override IReadOnlyList<string> LiveCredentialSettings => ["ApiToken"];

    protected override IEnumerable<KeyValuePair<string, string?>> OtherSettings(Uri serverRoot) => [new("ApiToken", _token)];

    public override ProviderSimulator StartSimulator() => new VecteraSimulator(_token);

    public override RoomServiceRegistrationBuilder Add(RoomClientsBuilder rooms, string? name = null, IConfiguration? section = null) =>
        section is null ? rooms.AddVectera(name: name ?? Name) : rooms.AddVectera(section, name ?? Name);

    public override string DescribeOptions(IServiceProvider services, string? name = null) =>
        services.GetRequiredService<IOptionsMonitor<VecteraOptions>>().Get(name ?? Name).ToString();

    /// <summary>Vectera meeting rooms are permanent: no end date, no display name.</summary>
    public override CreateRoomRequest NewRoom(string? displayName = null) => new() { Kind = RoomKind.Permanent };

    /// <summary>Vectera rooms do not expire; the update opens the room to guests (publicAccessLevel can_always_join).</summary>
    public override UpdateRoomRequest NewUpdate() => new() { Locked = false };

    public override void VerifyUpdate(UpdateRoomRequest update, Room fetched) => Assert.Equal("can_always_join", fetched.Metadata["publicAccessLevel"]);

    public override string ErrorBody(int status) => status == 429
        ? "{\"detail\":\"Request was throttled. Expected available in 0 seconds.\"}"
        : "{\"detail\":\"simulated failure\"}";
}
