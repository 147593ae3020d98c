using System.IdentityModel.Tokens.Jwt;
using Microsoft.IdentityModel.Tokens;

namespace RoomClients.Vonage;

/// <summary>
/// Mints the application JWT (RS256; <c>application_id</c>, <c>iat</c>, <c>jti</c>, <c>exp</c>) and reuses it until shortly
/// before it expires. Thread-safe: concurrent callers share one signature. A change of options (reload) re-reads the key.
/// </summary>
internal sealed class VonageTokenProvider
{
    private static readonly TimeSpan MaxRenewalMargin = TimeSpan.FromMinutes(1);
    private readonly Func<VonageOptions> _options;
    private readonly TimeProvider _time;
    private readonly string _name;
    private readonly Lock _gate = new();
    private CachedToken? _cached;
    private SigningCredentials? _credentials;
    private VonageOptions? _keySource;
    private int _signatures;

    public VonageTokenProvider(Func<VonageOptions> options, TimeProvider time, string name)
    {
        _options = options;
        _time = time;
        _name = name;
    }

    /// <summary>Gets how many tokens were signed (for tests and diagnostics).</summary>
    public int SignatureCount => Volatile.Read(ref _signatures);

    /// <summary>Returns a valid token, signing a new one only when none is cached or the cached one is about to expire.</summary>
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(GetToken());
    }

    public string GetToken()
    {
        var options = _options();
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && ReferenceEquals(cached.Source, options) && _time.GetUtcNow() < cached.RenewAt)
        {
            return cached.Token;
        }

        lock (_gate)
        {
            cached = _cached;
            var now = _time.GetUtcNow();
            if (cached is not null && ReferenceEquals(cached.Source, options) && now < cached.RenewAt)
            {
                return cached.Token;
            }

            var fresh = Sign(options, now);
            Volatile.Write(ref _cached, fresh);
            return fresh.Token;
        }
    }

    private CachedToken Sign(VonageOptions options, DateTimeOffset now)
    {
        if (_credentials is null || !ReferenceEquals(_keySource, options))
        {
            // The key is held as parameters: IdentityModel's signature-provider cache then owns its own RSA instance.
            using var rsa = VonagePrivateKey.Load(options, $"RoomClients:{_name}");
            _credentials = new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)), SecurityAlgorithms.RsaSha256);
            _keySource = options;
        }

        var lifetime = options.TokenLifetime > VonageOptions.MaxTokenLifetime ? VonageOptions.MaxTokenLifetime : options.TokenLifetime;
        var issuedAt = now.ToUnixTimeSeconds();
        var expires = issuedAt + (long)lifetime.TotalSeconds;
        var payload = new JwtPayload
        {
            { "application_id", options.ApplicationId },
            { "iat", issuedAt },
            { "jti", Guid.NewGuid().ToString() },
            { "exp", expires },
        };
        var token = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(new JwtHeader(_credentials), payload));
        Interlocked.Increment(ref _signatures);

        var margin = TimeSpan.FromTicks(Math.Min(MaxRenewalMargin.Ticks, lifetime.Ticks / 5));
        return new CachedToken(token, DateTimeOffset.FromUnixTimeSeconds(expires) - margin, options);
    }

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt, VonageOptions Source);
}
