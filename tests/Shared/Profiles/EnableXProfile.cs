using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.EnableX;
using RoomClients.Testing;
using RoomClients.Testing.EnableX;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>EnableX: Basic app id and app key; errors are <c>{result≠0, error, desc}</c>.</summary>
public sealed class EnableXProfile : ProviderProfile
{
    private const string AppId = "5f1e2d3c4b5a69788796a5b4";
    private readonly string _key = "enablex-secret-app-key-" + Guid.NewGuid().ToString("N")[..8];

    public override string Name => RoomProviders.EnableX;

    public override Type ApiType => typeof(IEnableXApi);

    public override string CredentialSetting => "AppKey";

    protected override string Credential => _key;

    protected override string BasePath => "/";

    public override IReadOnlyList<string> LiveCredentialSettings => ["AppId", "AppKey"];

    protected override IEnumerable<KeyValuePair<string, string?>> OtherSettings(Uri serverRoot) =>
        [new("AppId", AppId), new("AppKey", _key), new("MeetingSubdomain", "resilience")];

    public override ProviderSimulator StartSimulator() => new EnableXSimulator(AppId, _key);

    public override RoomServiceRegistrationBuilder Add(RoomClientsBuilder rooms, string? name = null, IConfiguration? section = null) =>
        section is null ? rooms.AddEnableX(name: name ?? Name) : rooms.AddEnableX(section, name ?? Name);

    public override string DescribeOptions(IServiceProvider services, string? name = null) =>
        services.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(name ?? Name).ToString();

    public override string ErrorBody(int status) => $$"""{"result":{{status}},"error":"simulated failure","desc":"simulated"}""";
}
