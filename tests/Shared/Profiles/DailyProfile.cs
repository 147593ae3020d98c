using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Daily;
using RoomClients.Testing;
using RoomClients.Testing.Daily;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>Daily: a Bearer API key; a create is the room and its host link's owner token; errors are <c>{error, info}</c>.</summary>
public sealed class DailyProfile : ProviderProfile
{
    private readonly string _key = "daily-secret-api-key-" + Guid.NewGuid().ToString("N")[..8];

    public override string Name => RoomProviders.Daily;

    public override Type ApiType => typeof(IDailyApi);

    public override string CredentialSetting => "ApiKey";

    protected override string Credential => _key;

    protected override string BasePath => "/v1/";

    public override IReadOnlyList<string> LiveCredentialSettings => ["ApiKey"];

    /// <summary>A Daily create is the room (<c>POST /rooms</c>) and its host link's owner token (<c>POST /meeting-tokens</c>).</summary>
    public override int RequestsPerCreate => 2;

    protected override IEnumerable<KeyValuePair<string, string?>> OtherSettings(Uri serverRoot) => [new("ApiKey", _key)];

    public override ProviderSimulator StartSimulator() => new DailySimulator(_key);

    public override RoomServiceRegistrationBuilder Add(RoomClientsBuilder rooms, string? name = null, IConfiguration? section = null) =>
        section is null ? rooms.AddDaily(name: name ?? Name) : rooms.AddDaily(section, name ?? Name);

    public override string DescribeOptions(IServiceProvider services, string? name = null) =>
        services.GetRequiredService<IOptionsMonitor<DailyOptions>>().Get(name ?? Name).ToString();

    public override string ErrorBody(int status) => status switch
    {
        429 => "{\"error\":\"rate-limit-error\",\"info\":\"Too many requests\"}",
        >= 500 => "{\"error\":\"server-error\",\"info\":\"simulated failure\"}",
        _ => "{\"error\":\"invalid-request-error\",\"info\":\"simulated failure\"}",
    };
}
