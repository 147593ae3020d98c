using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using RoomClients.Tests.Shared.Hosts;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Vonage.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it with a key pair made for the test.</summary>
internal sealed class VonageTestHost : WireMockTestHost
{
    public const string ApplicationId = "0a7c1f44-3b7e-4d6a-9a51-2c0f6a3e8d11";

    public VonageTestHost(Action<VonageOptions>? configure = null, Action<IServiceCollection>? services = null)
        : this(RSA.Create(2048), configure, services)
    {
    }

    private VonageTestHost(RSA key, Action<VonageOptions>? configure, Action<IServiceCollection>? services)
        : base((builder, root) => builder.AddVonage(o =>
        {
            o.ApplicationId = ApplicationId;
            o.PrivateKey = key.ExportPkcs8PrivateKeyPem();
            o.BaseAddress = new Uri(root, "/v1/meetings/");
            configure?.Invoke(o);
        }), services: services, options: new ServiceProviderOptions { ValidateOnBuild = true })
    {
        Key = key;
    }

    public RSA Key { get; }

    public IVonageMeetingsApi Api => Services.GetRequiredService<IVonageMeetingsApi>();

    internal VonageTokenProvider Tokens => Services.GetRequiredKeyedService<VonageTokenProvider>(RoomProviders.Vonage);

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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Key.Dispose();
    }
}
