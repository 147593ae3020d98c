using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>
/// One consistent snapshot of a registration's options per request: when the base address and the credential are
/// rotated together, a service resolved before the rotation sends the next call to the new host with the new
/// credential, and the old host never sees the new credential (nor the new host the old one).
/// </summary>
public sealed class OptionsSnapshotTests
{
    public static TheoryData<string> Providers => new(ProviderProfile.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rotating_base_address_and_credential_together_never_sends_the_new_credential_to_the_old_host(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var under = ProviderProfile.All.Single(p => p.Name == provider);
        using var oldHost = Start();
        using var newHost = Start();
        var section = $"{RoomClientsBuilder.ConfigurationSectionName}:{provider}:";
        var settings = under.Settings(new Uri(oldHost.Url!)).ToDictionary(kv => section + kv.Key, kv => kv.Value);
        var oldCredential = settings[section + under.CredentialSetting]!;
        var newCredential = under.WrongCredential();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(under.RegisterFromConfiguration);
        await using var container = services.BuildServiceProvider();
        var rooms = container.GetRequiredService<IRoomService>(); // held across the rotation, as an app holds it

        await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.GetRoomAsync("room-1", ct));

        configuration[section + "BaseAddress"] = under.Settings(new Uri(newHost.Url!))["BaseAddress"];
        configuration[section + under.CredentialSetting] = newCredential;
        configuration.Reload();
        var ex = await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.GetRoomAsync("room-1", ct));

        Assert.Equal(provider, ex.Provider);
        var befores = oldHost.LogEntries.ToList(); // the old host got the first call only (Zoom: the call and its one resend after a token renewal)
        var afters = newHost.LogEntries.ToList();  // the new host got the second
        Assert.Equal(under.SendsPerRefusedCall, befores.Count);
        Assert.Equal(under.SendsPerRefusedCall, afters.Count);
        foreach (var before in befores)
        {
            Assert.EndsWith("/room-1", before.RequestMessage!.Path, StringComparison.Ordinal);
            Assert.True(SignedWith(provider, Authorization(before), oldCredential, settings, section), "the old host must see the old credential");
        }

        foreach (var after in afters)
        {
            Assert.EndsWith("/room-1", after.RequestMessage!.Path, StringComparison.Ordinal);
            Assert.True(SignedWith(provider, Authorization(after), newCredential, settings, section), "the new host must see the new credential");
        }
    }

    private static WireMockServer Start()
    {
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(401)
            .WithHeader("Content-Type", "application/json").WithBody("""{"error":"unauthorized","message":"unauthorized","result":1,"desc":"unauthorized"}"""));
        return server;
    }

    private static string Authorization(WireMock.Logging.ILogEntry entry) =>
        entry.RequestMessage!.Headers!.Single(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value.Single();

    private static bool SignedWith(string provider, string authorization, string credential, Dictionary<string, string?> settings, string section) => provider switch
    {
        RoomProviders.Whereby => authorization == "Bearer " + credential,
        RoomProviders.Vectera => authorization == "Token " + credential,
        RoomProviders.EnableX => authorization == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings[section + "AppId"]}:{credential}")),
        RoomProviders.Vonage => JwtSignedBy(authorization, credential),
        RoomProviders.Daily => authorization == "Bearer " + credential,
        RoomProviders.Zoom => ZoomProfile.IssuedFor(authorization, credential), // a token its endpoint issued for that client secret
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static bool JwtSignedBy(string authorization, string privateKeyPem)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = authorization["Bearer ".Length..].Split('.');
        using var rsa = RSA.Create();
        rsa.ImportFromPem(privateKeyPem);
        return rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static byte[] Base64Url(string text) => Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
}
