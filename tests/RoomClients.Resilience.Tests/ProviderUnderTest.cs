using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Daily;
using RoomClients.Testing;
using RoomClients.Testing.Daily;
using RoomClients.Testing.Vectera;
using RoomClients.EnableX;
using RoomClients.Testing.EnableX;
using RoomClients.Testing.Vonage;
using RoomClients.Testing.Whereby;
using RoomClients.Vonage;
using RoomClients.Vectera;
using RoomClients.Whereby;
using RoomClients.Testing.Zoom;
using RoomClients.Zoom;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>How the fault matrix registers one provider against a server, and the secrets it must never leak.</summary>
public abstract class ProviderUnderTest
{
    public abstract string Name { get; }

    /// <summary>Secrets configured by <see cref="Register"/>; none may appear in logs or exceptions.</summary>
    public abstract IReadOnlyList<string> Secrets { get; }

    public abstract void Register(RoomClientsBuilder rooms, Uri serverRoot);

    /// <summary>Registers the provider the way an app does: every setting from configuration (<c>RoomClients:&lt;name&gt;</c>).</summary>
    public abstract void RegisterFromConfiguration(RoomClientsBuilder rooms);

    /// <summary>The settings <see cref="Register"/> configures in code, as configuration keys relative to <c>RoomClients:&lt;name&gt;</c>.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings(Uri serverRoot);

    /// <summary>The setting that holds the credential (the one rotated).</summary>
    public abstract string CredentialSetting { get; }

    /// <summary>A well-formed credential the provider rejects.</summary>
    public virtual string WrongCredential() => "rotated-away-" + Guid.NewGuid().ToString("N");

    /// <summary>Whether this provider documents another typed answer than the matrix's default for a fault.</summary>
    public virtual bool IsDocumentedAlternative(string operation, string fault, RoomServiceException exception) => false;

    /// <summary>How many times one call is sent to a host that refuses every credential (1; Zoom renews its token once and resends).</summary>
    public virtual int SendsPerRefusedCall => 1;

    /// <summary>The registered options' ToString(), which must not show secrets.</summary>
    public abstract string DescribeOptions(IServiceProvider services);

    /// <summary>Starts this provider's simulator, accepting the credentials <see cref="Register"/> configures.</summary>
    public abstract ProviderSimulator StartSimulator();

    /// <summary>A create request this provider accepts.</summary>
    public virtual CreateRoomRequest NewRoom() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(2) };

    /// <summary>An update request this provider accepts.</summary>
    public virtual UpdateRoomRequest NewUpdate() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(3) };

    public override string ToString() => Name;

    public static IReadOnlyList<ProviderUnderTest> All { get; } =
    [
        new WherebyUnderTest(),
        new VecteraUnderTest(),
        new EnableXUnderTest(),
        new VonageUnderTest(),
        new DailyUnderTest(),
        new ZoomUnderTest(),
    ];
}

public sealed class WherebyUnderTest : ProviderUnderTest
{
    private const string Key = "whereby-secret-key-3f9a1c";

    public override string Name => RoomProviders.Whereby;

    public override IReadOnlyList<string> Secrets => [Key];

    public override ProviderSimulator StartSimulator() => new WherebySimulator(Key);

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddWhereby(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = new Uri(serverRoot, "/v1/");
        });

    public override void RegisterFromConfiguration(RoomClientsBuilder rooms) => rooms.AddWhereby();

    public override IReadOnlyDictionary<string, string?> Settings(Uri serverRoot) => new Dictionary<string, string?>
    {
        ["ApiKey"] = Key,
        ["BaseAddress"] = new Uri(serverRoot, "/v1/").ToString(),
    };

    public override string CredentialSetting => "ApiKey";
}

public sealed class VecteraUnderTest : ProviderUnderTest
{
    private const string Token = "vectera-secret-token-8d2e4b";

    public override string Name => RoomProviders.Vectera;

    public override IReadOnlyList<string> Secrets => [Token];

    public override ProviderSimulator StartSimulator() => new VecteraSimulator(Token);

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<VecteraOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddVectera(o =>
        {
            o.ApiToken = Token;
            o.BaseAddress = new Uri(serverRoot, "/api/v2/");
        });

    public override void RegisterFromConfiguration(RoomClientsBuilder rooms) => rooms.AddVectera();

    public override IReadOnlyDictionary<string, string?> Settings(Uri serverRoot) => new Dictionary<string, string?>
    {
        ["ApiToken"] = Token,
        ["BaseAddress"] = new Uri(serverRoot, "/api/v2/").ToString(),
    };

    public override string CredentialSetting => "ApiToken";

    /// <summary>Vectera meeting rooms are permanent.</summary>
    public override CreateRoomRequest NewRoom() => new() { Kind = RoomKind.Permanent };

    /// <summary>Vectera rooms do not expire; open the room to guests instead.</summary>
    public override UpdateRoomRequest NewUpdate() => new() { Locked = false };
}

public sealed class EnableXUnderTest : ProviderUnderTest
{
    private const string AppId = "5f1e2d3c4b5a69788796a5b4";
    private const string Key = "enablex-secret-app-key-7c2e9d";

    public override string Name => RoomProviders.EnableX;

    public override IReadOnlyList<string> Secrets => [Key];

    public override ProviderSimulator StartSimulator() => new EnableXSimulator(AppId, Key);

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddEnableX(o =>
        {
            o.AppId = AppId;
            o.AppKey = Key;
            o.BaseAddress = serverRoot;
            o.MeetingSubdomain = "resilience";
        });

    public override void RegisterFromConfiguration(RoomClientsBuilder rooms) => rooms.AddEnableX();

    public override IReadOnlyDictionary<string, string?> Settings(Uri serverRoot) => new Dictionary<string, string?>
    {
        ["AppId"] = AppId,
        ["AppKey"] = Key,
        ["BaseAddress"] = serverRoot.ToString(),
        ["MeetingSubdomain"] = "resilience",
    };

    public override string CredentialSetting => "AppKey";
}

public sealed class VonageUnderTest : ProviderUnderTest
{
    private readonly string _applicationId = Guid.NewGuid().ToString();
    private readonly string _privateKey;
    private readonly string _publicKey;

    public VonageUnderTest()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048); // generated at test time, never committed
        _privateKey = rsa.ExportPkcs8PrivateKeyPem();
        _publicKey = rsa.ExportSubjectPublicKeyInfoPem();
    }

    public override string Name => RoomProviders.Vonage;

    /// <summary>Lines of the private key's body: none may appear anywhere.</summary>
    public override IReadOnlyList<string> Secrets => _privateKey.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal) && l.Length > 20).Take(3).ToList();

    public override ProviderSimulator StartSimulator() => new VonageSimulator(_publicKey, _applicationId);

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddVonage(o =>
        {
            o.ApplicationId = _applicationId;
            o.PrivateKey = _privateKey;
            o.BaseAddress = new Uri(serverRoot, "/v1/meetings/");
        });

    public override void RegisterFromConfiguration(RoomClientsBuilder rooms) => rooms.AddVonage();

    public override IReadOnlyDictionary<string, string?> Settings(Uri serverRoot) => new Dictionary<string, string?>
    {
        ["ApplicationId"] = _applicationId,
        ["PrivateKey"] = _privateKey,
        ["BaseAddress"] = new Uri(serverRoot, "/v1/meetings/").ToString(),
    };

    public override string CredentialSetting => "PrivateKey";

    /// <summary>Another application's key: well-formed, but its signatures do not verify.</summary>
    public override string WrongCredential()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    /// <summary>The seed documents DELETE /rooms/{id}; a server without it answers 404 without Vonage's NotFoundError body, which the adapter reports as not supported.</summary>
    public override bool IsDocumentedAlternative(string operation, string fault, RoomServiceException exception) =>
        operation == "Delete" && fault == "404" && exception is RoomFeatureNotSupportedException;

    /// <summary>Vonage requires a display name; an end makes it a long-term room.</summary>
    public override CreateRoomRequest NewRoom() => new() { DisplayName = "Resilience room", EndsAt = DateTimeOffset.UtcNow.AddHours(2) };
}

public sealed class DailyUnderTest : ProviderUnderTest
{
    private const string Key = "daily-secret-api-key-5b8c2e";

    public override string Name => RoomProviders.Daily;

    public override IReadOnlyList<string> Secrets => [Key];

    public override ProviderSimulator StartSimulator() => new DailySimulator(Key);

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<DailyOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddDaily(o =>
        {
            o.ApiKey = Key;
            o.BaseAddress = new Uri(serverRoot, "/v1/");
        });

    public override void RegisterFromConfiguration(RoomClientsBuilder rooms) => rooms.AddDaily();

    public override IReadOnlyDictionary<string, string?> Settings(Uri serverRoot) => new Dictionary<string, string?>
    {
        ["ApiKey"] = Key,
        ["BaseAddress"] = new Uri(serverRoot, "/v1/").ToString(),
    };

    public override string CredentialSetting => "ApiKey";
}

/// <summary>
/// Zoom: the API and the OAuth token endpoint are two hosts. A server root handed in by a suite (a fault server, a
/// dropping socket) is the API; tokens then come from a working token endpoint of this profile's own, so the fault
/// reaches the API call and not only the token request. A simulator this profile started serves both.
/// </summary>
public sealed class ZoomUnderTest : ProviderUnderTest
{
    private readonly string _accountId = "acct-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _clientId = "client-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _clientSecret = "zoom-secret-" + Guid.NewGuid().ToString("N"); // generated at test time
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Uri, ZoomSimulator> _started = new();
    private readonly Lazy<WireMockServer> _tokens;

    public ZoomUnderTest() => _tokens = new(StartTokenEndpoint);

    /// <summary>Zoom renews a refused token once and sends the request again (a 401 means Zoom did not act).</summary>
    public override int SendsPerRefusedCall => 2;

    /// <summary>Whether <paramref name="authorization"/> carries a token this profile's token endpoint issued for <paramref name="clientSecret"/>.</summary>
    public static bool IssuedFor(string authorization, string clientSecret) =>
        authorization.StartsWith($"Bearer eyJ.{Fingerprint(clientSecret)}.", StringComparison.Ordinal);

    private static string Fingerprint(string secret) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)))[..16];

    /// <summary>
    /// The token endpoint a suite's fault server is paired with: for this profile's account and client id it issues a
    /// token for whatever secret is presented, and the token names (a fingerprint of) that secret, so a suite can tell
    /// which credential a request's token came from. Runs for the test process.
    /// </summary>
    private WireMockServer StartTokenEndpoint()
    {
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var issued = 0;
        server.Given(Request.Create().UsingPost().WithPath("/oauth/token")).RespondWith(Response.Create().WithCallback(request =>
        {
            var basic = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() ?? string.Empty;
            var pair = basic.StartsWith("Basic ", StringComparison.Ordinal) ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..])) : string.Empty;
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            var known = colon > 0 && pair[..colon] == _clientId && request.Query is { } query && query.TryGetValue("account_id", out var account) && account.FirstOrDefault() == _accountId;
            return new WireMock.ResponseMessage
            {
                StatusCode = known ? 200 : 401,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    BodyAsString = known
                        ? $"{{\"access_token\":\"eyJ.{Fingerprint(pair[(colon + 1)..])}.{Interlocked.Increment(ref issued)}\",\"token_type\":\"bearer\",\"expires_in\":3600}}"
                        : "{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}",
                    DetectedBodyType = WireMock.Types.BodyType.String,
                },
            };
        }));
        return server;
    }

    public override string Name => RoomProviders.Zoom;

    public override IReadOnlyList<string> Secrets => [_clientSecret];

    /// <summary>The simulators started for this profile (the load test reports their token requests).</summary>
    public IEnumerable<ZoomSimulator> Started => _started.Values;

    public override ProviderSimulator StartSimulator()
    {
        var simulator = new ZoomSimulator(_accountId, _clientId, _clientSecret);
        _started[simulator.Url] = simulator;
        return simulator;
    }

    private Uri OAuthFor(Uri serverRoot) =>
        _started.TryGetValue(serverRoot, out var simulator) ? simulator.OAuthBaseAddress : new Uri(_tokens.Value.Url! + "/");

    public override string DescribeOptions(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<ZoomOptions>>().Get(Name).ToString();

    public override void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        rooms.AddZoom(o =>
        {
            o.AccountId = _accountId;
            o.ClientId = _clientId;
            o.ClientSecret = _clientSecret;
            o.BaseAddress = new Uri(serverRoot, "/v2/");
            o.OAuthBaseAddress = OAuthFor(serverRoot);
        });

    public override void RegisterFromConfiguration(RoomClientsBuilder rooms) => rooms.AddZoom();

    public override IReadOnlyDictionary<string, string?> Settings(Uri serverRoot) => new Dictionary<string, string?>
    {
        ["AccountId"] = _accountId,
        ["ClientId"] = _clientId,
        ["ClientSecret"] = _clientSecret,
        ["BaseAddress"] = new Uri(serverRoot, "/v2/").ToString(),
        ["OAuthBaseAddress"] = OAuthFor(serverRoot).ToString(),
    };

    public override string CredentialSetting => "ClientSecret";
}
