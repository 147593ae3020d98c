using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Vonage.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it with a key pair made for the test.</summary>
internal sealed class VonageTestHost : IAsyncDisposable
{
    public const string ApplicationId = "0a7c1f44-3b7e-4d6a-9a51-2c0f6a3e8d11";

    public VonageTestHost(Action<VonageOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        Key = RSA.Create(2048);
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var builder = collection.AddRoomClients();
        builder.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        builder.AddVonage(o =>
        {
            o.ApplicationId = ApplicationId;
            o.PrivateKey = Key.ExportPkcs8PrivateKeyPem();
            o.BaseAddress = new Uri(Server.Url + "/v1/meetings/");
            configure?.Invoke(o);
        });
        Services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public RSA Key { get; }

    public WireMockServer Server { get; }

    public ServiceProvider Services { get; }

    public IVonageMeetingsApi Api => Services.GetRequiredService<IVonageMeetingsApi>();

    public IRoomService Rooms => Services.GetRequiredService<IRoomService>();

    internal VonageTokenProvider Tokens => Services.GetRequiredKeyedService<VonageTokenProvider>(RoomProviders.Vonage);

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public ILogEntry SingleRequest() => Assert.Single(Server.LogEntries);

    /// <summary>Checks an Authorization header: Bearer, RS256, valid signature, and the documented claims.</summary>
    public JwtSecurityToken ValidateBearer(string? authorization)
    {
        Assert.NotNull(authorization);
        Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
        return ValidateToken(authorization["Bearer ".Length..], Key);
    }

    public static JwtSecurityToken ValidateToken(string token, RSA key)
    {
        new JwtSecurityTokenHandler().ValidateToken(token, new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(key.ExportParameters(includePrivateParameters: false)),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        }, out var validated);
        var jwt = Assert.IsType<JwtSecurityToken>(validated);
        Assert.Equal("RS256", jwt.Header.Alg);
        Assert.Equal("JWT", jwt.Header.Typ);
        Assert.Equal(ApplicationId, jwt.Payload["application_id"]);
        Assert.False(string.IsNullOrEmpty(jwt.Payload.Jti));
        Assert.True(jwt.Payload.ContainsKey("iat"), "iat missing");
        Assert.True(jwt.Payload.ContainsKey("exp"), "exp missing");
        return jwt;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Server.Stop();
        Server.Dispose();
        Key.Dispose();
    }
}
