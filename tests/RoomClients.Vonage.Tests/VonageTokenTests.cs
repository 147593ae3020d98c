using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vonage.Tests;

/// <summary>The application JWT: claims, key formats, caching under concurrency, renewal, and start-up validation of the key.</summary>
public sealed class VonageTokenTests
{
    private static void StubDialIn(VonageTestHost host) =>
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/dial-in-numbers"))
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("[]"));

    [Fact]
    public async Task Many_concurrent_calls_share_one_signed_token()
    {
        await using var host = new VonageTestHost();
        StubDialIn(host);
        var api = host.Api;

        await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => api.ListDialInNumbersAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(1, host.Tokens.SignatureCount);
        var headers = host.Requests.Select(r => Assert.Single(r.RequestMessage!.Headers!["Authorization"])).Distinct().ToList();
        host.ValidateBearer(Assert.Single(headers));
        Assert.Equal(32, host.Requests.Count);
    }

    [Fact]
    public async Task Token_is_renewed_shortly_before_it_expires_using_the_registered_TimeProvider()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new VonageTestHost(o => o.TokenLifetime = TimeSpan.FromMinutes(10), s => s.AddSingleton<TimeProvider>(clock));
        var tokens = host.Tokens;

        var first = tokens.GetToken();
        clock.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(first, tokens.GetToken()); // still well inside its lifetime
        Assert.Equal(1, tokens.SignatureCount);

        clock.Advance(TimeSpan.FromSeconds(61)); // within the renewal margin (1 minute) of exp
        var second = tokens.GetToken();
        Assert.NotEqual(first, second);
        Assert.Equal(2, tokens.SignatureCount);

        var a = VonageTestHost.ValidateToken(first, host.Key);
        var b = VonageTestHost.ValidateToken(second, host.Key);
        Assert.NotEqual(a.Payload.Jti, b.Payload.Jti);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), Iat(b));
        Assert.Equal(Iat(b) + 600, b.Payload.Expiration);
    }

    [Fact]
    public async Task Pkcs1_key_from_a_file_signs_valid_tokens()
    {
        using var rsa = RSA.Create(2048);
        var path = Path.Combine(Path.GetTempPath(), $"vonage-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(path, rsa.ExportRSAPrivateKeyPem(), TestContext.Current.CancellationToken);
        try
        {
            await using var host = new VonageTestHost(o =>
            {
                o.PrivateKey = null;
                o.PrivateKeyPath = path;
            });
            var jwt = VonageTestHost.ValidateToken(host.Tokens.GetToken(), rsa);
            Assert.Equal(VonageTestHost.ApplicationId, jwt.Payload["application_id"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Pem_with_escaped_newlines_from_an_environment_variable_is_accepted()
    {
        using var rsa = RSA.Create(2048);
        await using var host = new VonageTestHost(o => o.PrivateKey = rsa.ExportRSAPrivateKeyPem().Replace("\n", "\\n", StringComparison.Ordinal));
        VonageTestHost.ValidateToken(host.Tokens.GetToken(), rsa);
    }

    public static TheoryData<string, string> BadKeys => new()
    {
        { "-----BEGIN PRIVATE KEY-----\nTk9UQUtFWVNFQ1JFVDQy\n-----END PRIVATE KEY-----", "could not be read as an RSA private key" },
        { "NOTAKEYSECRET42", "is not a PEM private key" },
        { "-----BEGIN PUBLIC KEY-----\nTk9UQUtFWVNFQ1JFVDQy\n-----END PUBLIC KEY-----", "holds a PEM 'PUBLIC KEY' block" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void Malformed_key_fails_at_start_up_without_echoing_it(string key, string expected)
    {
        var services = new ServiceCollection();
        services.AddRoomClients().AddVonage(o =>
        {
            o.ApplicationId = VonageTestHost.ApplicationId;
            o.PrivateKey = key;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(RoomProviders.Vonage));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("RoomClients:vonage:PrivateKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Tk9UQUtFWVNFQ1JFVDQy", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("NOTAKEYSECRET42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_settings_and_a_lifetime_over_24_hours_are_reported_together()
    {
        var services = new ServiceCollection();
        services.AddRoomClients().AddVonage(o => o.TokenLifetime = TimeSpan.FromHours(25));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(RoomProviders.Vonage));

        Assert.Contains("ApplicationId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("PrivateKeyPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("TokenLifetime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_never_prints_the_key()
    {
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var text = new VonageOptions { ApplicationId = VonageTestHost.ApplicationId, PrivateKey = pem }.ToString();
        Assert.Contains("private key set", text, StringComparison.Ordinal);
        Assert.DoesNotContain(pem.Split('\n')[1], text, StringComparison.Ordinal);
    }

    private static long Iat(JwtSecurityToken jwt) => Convert.ToInt64(jwt.Payload["iat"], System.Globalization.CultureInfo.InvariantCulture);
}
