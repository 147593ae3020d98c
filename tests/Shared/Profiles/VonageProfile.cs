using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Testing;
using RoomClients.Testing.Vonage;
using RoomClients.Vonage;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>Vonage: an application id and an RS256 private key (a key pair generated at test time); errors are <c>{message, name, status}</c>.</summary>
public sealed class VonageProfile : ProviderProfile
{
    private readonly string _applicationId = Guid.NewGuid().ToString();
    private readonly string _privateKey;
    private readonly string _publicKey;

    public VonageProfile()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048); // generated at test time, never committed
        _privateKey = rsa.ExportPkcs8PrivateKeyPem();
        _publicKey = rsa.ExportSubjectPublicKeyInfoPem();
    }

    public override string Name => RoomProviders.Vonage;

    public override Type ApiType => typeof(IVonageMeetingsApi);

    public override string CredentialSetting => "PrivateKey";

    protected override string Credential => _privateKey;

    protected override string BasePath => "/v1/meetings/";

    public override IReadOnlyList<string> LiveCredentialSettings => ["ApplicationId", "PrivateKey"];

    /// <summary>The Vonage Video API's Meetings API was shut down: there is nothing live to run against.</summary>
    public override string? NoLiveRun => "Vonage's Meetings API has been shut down; the Vonage profile never runs live.";

    protected override IEnumerable<KeyValuePair<string, string?>> OtherSettings(Uri serverRoot) =>
        [new("ApplicationId", _applicationId), new("PrivateKey", _privateKey)];

    public override ProviderSimulator StartSimulator() => new VonageSimulator(_publicKey, _applicationId);

    public override RoomServiceRegistrationBuilder Add(RoomClientsBuilder rooms, string? name = null, IConfiguration? section = null) =>
        section is null ? rooms.AddVonage(name: name ?? Name) : rooms.AddVonage(section, name ?? Name);

    public override string DescribeOptions(IServiceProvider services, string? name = null) =>
        services.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(name ?? Name).ToString();

    /// <summary>Lines of a private key's body: none may appear anywhere.</summary>
    public override IReadOnlyList<string> SecretsOf(string credential) =>
        credential.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal) && l.Length > 20).Take(3).ToList();

    /// <summary>Another application's key: well-formed, but its signatures do not verify.</summary>
    public override string WrongCredential()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>The seed documents DELETE /rooms/{id}; a server without it answers 404 without Vonage's NotFoundError body, which the adapter reports as not supported.</summary>
    public override bool IsDocumentedAlternative(string operation, string fault, RoomServiceException exception) =>
        operation == "Delete" && fault == "404" && exception is RoomFeatureNotSupportedException;

    /// <summary>Vonage requires a display name.</summary>
    public override CreateRoomRequest NewRoom(string? displayName = null)
    {
        var request = base.NewRoom(displayName);
        request.DisplayName ??= "Profile room";
        return request;
    }

    public override string ErrorBody(int status) => $"{{\"message\":\"simulated failure\",\"name\":\"SimulatedError\",\"status\":{status}}}";
}
