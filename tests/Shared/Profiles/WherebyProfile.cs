using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Testing;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>Whereby: a Bearer API key; errors are <c>{error, data}</c>.</summary>
public sealed class WherebyProfile : ProviderProfile
{
    private readonly string _key = "whereby-secret-key-" + Guid.NewGuid().ToString("N")[..8]; // generated at test time

    public override string Name => RoomProviders.Whereby;

    public override Type ApiType => typeof(IWherebyApi);

    public override string CredentialSetting => "ApiKey";

    protected override string Credential => _key;

    protected override string BasePath => "/v1/";

    public override IReadOnlyList<string> LiveCredentialSettings => ["ApiKey"];

    protected override IEnumerable<KeyValuePair<string, string?>> OtherSettings(Uri serverRoot) => [new("ApiKey", _key)];

    public override ProviderSimulator StartSimulator() => new WherebySimulator(_key);

    public override RoomServiceRegistrationBuilder Add(RoomClientsBuilder rooms, string? name = null, IConfiguration? section = null) =>
        section is null ? rooms.AddWhereby(name: name ?? Name) : rooms.AddWhereby(section, name ?? Name);

    public override string DescribeOptions(IServiceProvider services, string? name = null) =>
        services.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get(name ?? Name).ToString();

    public override string ErrorBody(int status) =>
        status == 429 ? "{\"error\":\"Rate limit active for throttle key: organization:1\",\"data\":{\"msLeft\":0}}" : "{\"error\":\"simulated failure\"}";
}
