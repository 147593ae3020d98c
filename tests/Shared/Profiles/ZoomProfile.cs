using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.Testing;
using RoomClients.Testing.Zoom;
using RoomClients.Zoom;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>
/// Zoom: Server-to-Server OAuth (account id, client id, client secret); errors are <c>{code, message}</c>. The API and the
/// OAuth token endpoint are two hosts. A server root handed in by a suite (a fault server, a dropping socket) is the API;
/// tokens then come from a working token endpoint of this profile's own, so the fault reaches the API call and not only the
/// token request. A simulator this profile started serves both.
/// </summary>
public sealed class ZoomProfile : ProviderProfile, IDisposable
{
    private readonly string _accountId = "acct-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _clientId = "client-" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _clientSecret = "zoom-secret-" + Guid.NewGuid().ToString("N"); // generated at test time
    private readonly ConcurrentDictionary<Uri, ZoomSimulator> _started = new();
    private readonly Lazy<WireMockServer> _tokens;

    public ZoomProfile() => _tokens = new(StartTokenEndpoint);

    public override string Name => RoomProviders.Zoom;

    public override Type ApiType => typeof(IZoomApi);

    public override string CredentialSetting => "ClientSecret";

    protected override string Credential => _clientSecret;

    protected override string BasePath => "/v2/";

    public override IReadOnlyList<string> LiveCredentialSettings => ["AccountId", "ClientId", "ClientSecret"];

    /// <summary>Zoom renews a refused token once and sends the request again (a 401 means Zoom did not act).</summary>
    public override int SendsPerRefusedCall => 2;

    /// <summary>The simulators started for this profile (the load test reports their token requests).</summary>
    public IEnumerable<ZoomSimulator> Started => _started.Values;

    /// <summary>Whether <paramref name="authorization"/> carries a token this profile's token endpoint issued for <paramref name="clientSecret"/>.</summary>
    public static bool IssuedFor(string authorization, string clientSecret) =>
        authorization.StartsWith($"Bearer eyJ.{Fingerprint(clientSecret)}.", StringComparison.Ordinal);

    private static string Fingerprint(string secret) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)))[..16];

    /// <summary>
    /// The token endpoint a suite's fault server is paired with: for this profile's account and client id it issues a
    /// token for whatever secret is presented, and the token names (a fingerprint of) that secret, so a suite can tell
    /// which credential a request's token came from.
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

    public override ProviderSimulator StartSimulator()
    {
        var simulator = new ZoomSimulator(_accountId, _clientId, _clientSecret);
        _started[simulator.Url] = simulator;
        return simulator;
    }

    private Uri OAuthFor(Uri serverRoot) =>
        _started.TryGetValue(serverRoot, out var simulator) ? simulator.OAuthBaseAddress : new Uri(_tokens.Value.Url! + "/");

    protected override IEnumerable<KeyValuePair<string, string?>> OtherSettings(Uri serverRoot) =>
    [
        new("AccountId", _accountId),
        new("ClientId", _clientId),
        new("ClientSecret", _clientSecret),
        new("OAuthBaseAddress", OAuthFor(serverRoot).ToString()),
    ];

    public override RoomServiceRegistrationBuilder Add(RoomClientsBuilder rooms, string? name = null, IConfiguration? section = null) =>
        section is null ? rooms.AddZoom(name: name ?? Name) : rooms.AddZoom(section, name ?? Name);

    public override string DescribeOptions(IServiceProvider services, string? name = null) =>
        services.GetRequiredService<IOptionsMonitor<ZoomOptions>>().Get(name ?? Name).ToString();

    public override string ErrorBody(int status) => $"{{\"code\":{status},\"message\":\"simulated failure\"}}";

    /// <summary>Stops the token endpoint, if one was started.</summary>
    public void Dispose()
    {
        if (_tokens.IsValueCreated)
        {
            _tokens.Value.Stop();
            _tokens.Value.Dispose();
        }
    }
}
