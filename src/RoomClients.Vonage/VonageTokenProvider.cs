using System.IdentityModel.Tokens.Jwt;
using Microsoft.IdentityModel.Tokens;

namespace RoomClients.Vonage;

/// <summary>
/// Mints the application JWT (RS256; <c>application_id</c>, <c>iat</c>, <c>jti</c>, <c>exp</c>) and reuses it until shortly
/// before it expires. Thread-safe: concurrent callers share one signature. The token is signed for the options snapshot
/// the request carries; a change of options (reload) re-reads the key, and so does a change of the key file
/// (<see cref="VonageOptions.PrivateKeyPath"/>: its size or last-write time, checked on every call): a rotated key
/// file takes effect by the next request, without a restart.
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
    private KeySource? _keySource;
    private int _signatures;

    /// <param name="options">The registration's current options, for a request that carries no snapshot.</param>
    /// <param name="time">The clock.</param>
    /// <param name="name">The registration name, in error messages.</param>
    public VonageTokenProvider(Func<VonageOptions> options, TimeProvider time, string name)
    {
        _options = options;
        _time = time;
        _name = name;
    }

    /// <summary>Gets how many tokens were signed (for tests and diagnostics).</summary>
    public int SignatureCount => Volatile.Read(ref _signatures);

    /// <summary>Returns a valid token for <paramref name="options"/> (the registration's current options when null).</summary>
    public ValueTask<string> GetTokenAsync(VonageOptions? options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(GetToken(options ?? _options()));
    }

    /// <summary>Returns a valid token for the registration's current options.</summary>
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => GetTokenAsync(null, cancellationToken);

    /// <summary>Returns a valid token for the registration's current options.</summary>
    public string GetToken() => GetToken(_options());

    /// <summary>Returns a valid token for <paramref name="options"/>, signing a new one only when none is cached for them, their key file changed, or the cached one is about to expire.</summary>
    public string GetToken(VonageOptions options)
    {
        var stamp = KeyFileStamp.Of(options);
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && cached.Source.Matches(options, stamp) && _time.GetUtcNow() < cached.RenewAt)
        {
            return cached.Token;
        }

        lock (_gate)
        {
            cached = _cached;
            var now = _time.GetUtcNow();
            if (cached is not null && cached.Source.Matches(options, stamp) && now < cached.RenewAt)
            {
                return cached.Token;
            }

            var fresh = Sign(options, stamp, now);
            Volatile.Write(ref _cached, fresh);
            return fresh.Token;
        }
    }

    private CachedToken Sign(VonageOptions options, KeyFileStamp? stamp, DateTimeOffset now)
    {
        if (_credentials is null || _keySource is null || !_keySource.Matches(options, stamp))
        {
            // The key is held as parameters: IdentityModel's signature-provider cache then owns its own RSA instance.
            try
            {
                using var rsa = VonagePrivateKey.Load(options, $"RoomClients:{_name}");
                _credentials = new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)), SecurityAlgorithms.RsaSha256);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // A key file removed or damaged while running: a typed error, and nothing cached, so the next call retries.
                _credentials = null;
                _keySource = null;
                throw new RoomAuthenticationException(
                    $"vonage '{_name}': the application private key could not be loaded ({(ex is InvalidOperationException ? ex.Message : ex.GetType().Name)}).",
                    new RoomErrorDetails(RoomProviders.Vonage),
                    ex);
            }

            _keySource = new KeySource(options, stamp);
        }

        var lifetime = options.TokenLifetime > VonageOptions.MaxTokenLifetime ? VonageOptions.MaxTokenLifetime
            : options.TokenLifetime <= TimeSpan.Zero ? TimeSpan.FromMinutes(15)
            : options.TokenLifetime;
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
        return new CachedToken(token, DateTimeOffset.FromUnixTimeSeconds(expires) - margin, new KeySource(options, stamp));
    }

    /// <summary>Where a key came from: the options object and, for a key file, the file's state when it was read.</summary>
    private sealed record KeySource(VonageOptions Options, KeyFileStamp? Stamp)
    {
        public bool Matches(VonageOptions options, KeyFileStamp? stamp) => ReferenceEquals(Options, options) && Stamp == stamp;
    }

    /// <summary>A key file's size and last-write time; a rotation changes at least one of them.</summary>
    private sealed record KeyFileStamp(long Length, long LastWriteTicks)
    {
        public static KeyFileStamp? Of(VonageOptions options)
        {
            if (!string.IsNullOrWhiteSpace(options.PrivateKey) || string.IsNullOrWhiteSpace(options.PrivateKeyPath))
            {
                return null; // an inline key changes only with the options object
            }

            var file = new FileInfo(options.PrivateKeyPath);
            return file.Exists ? new KeyFileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : new KeyFileStamp(-1, 0);
        }
    }

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt, KeySource Source);
}
