using System.Text;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>
/// Server-to-Server OAuth for one registration: requests an access token with the <c>account_credentials</c> grant,
/// caches it and renews it shortly before it expires (a minute, or a fifth of a short lifetime). However many callers
/// wait, one token request is in flight at a time (single flight); a caller's cancellation stops its own wait, not the
/// shared request (which the OAuth client's own timeouts bound). The credentials are read for every request: a rotated
/// account id, client id or secret is used by the next request, and a token obtained with other credentials is never
/// reused. A token that Zoom refuses (401, code 124) is dropped with <see cref="Invalidate"/> so the next caller fetches
/// a new one; concurrent refusals of the same token cause one renewal.
/// </summary>
internal sealed class ZoomTokenProvider
{
    private const int MaxTokenLength = 8192;
    private static readonly TimeSpan MaxRenewalMargin = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MinLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly Func<ZoomOptions> _options;
    private readonly Func<ZoomOptions, IZoomOAuthApi> _oauth;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private CachedToken? _cached;
    private Pending? _pending;
    private int _requests;

    /// <param name="options">The registration's current options (what "rotated away" is judged against).</param>
    /// <param name="oauth">Creates the OAuth client for a snapshot (its <see cref="ZoomOptions.OAuthBaseAddress"/>).</param>
    /// <param name="time">The clock.</param>
    public ZoomTokenProvider(Func<ZoomOptions> options, Func<ZoomOptions, IZoomOAuthApi> oauth, TimeProvider time)
    {
        _options = options;
        _oauth = oauth;
        _time = time;
    }

    /// <summary>Gets how many token requests were sent (for tests and diagnostics).</summary>
    public int TokenRequestCount => Volatile.Read(ref _requests);

    /// <summary>Gets the token cached now, if any (so that the redactor can keep it out of everything the SDK writes).</summary>
    public string? CurrentToken => Volatile.Read(ref _cached)?.Token;

    /// <summary>Returns a valid access token for the credentials of <paramref name="options"/> (the snapshot the request was built with): the cached one, or a new one when none is cached, it is about to expire or the credentials differ.</summary>
    public ValueTask<string> GetTokenAsync(ZoomOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && cached.Credentials.SameAs(options) && _time.GetUtcNow() < cached.RenewAt)
        {
            return ValueTask.FromResult(cached.Token); // the usual case: no allocation, no lock
        }

        return new ValueTask<string>(FetchAsync(Credentials.From(options), cancellationToken));
    }

    /// <summary>Drops <paramref name="token"/> if it is the cached one (Zoom refused it), so the next caller fetches a new one.</summary>
    public void Invalidate(string token)
    {
        lock (_gate)
        {
            if (_cached is not null && string.Equals(_cached.Token, token, StringComparison.Ordinal))
            {
                _cached = null;
            }
        }
    }

    private async Task<string> FetchAsync(Credentials credentials, CancellationToken cancellationToken)
    {
        Task<CachedToken> shared;
        lock (_gate)
        {
            if (_cached is { } cached && cached.Credentials.SameAs(credentials) && _time.GetUtcNow() < cached.RenewAt)
            {
                return cached.Token;
            }

            if (_cached is { } stale && !stale.Credentials.SameAs(credentials))
            {
                _cached = null; // nothing obtained with rotated-away credentials outlives them, even if they come back
            }

            if (_pending is null || !_pending.Credentials.SameAs(credentials))
            {
                var pending = new Pending(credentials);
                _pending = pending;
                pending.Task = RequestAsync(pending); // starts now; completes outside the lock
            }

            shared = _pending.Task!;
        }

        var token = await shared.WaitAsync(cancellationToken).ConfigureAwait(false);
        return token.Token;
    }

    private async Task<CachedToken> RequestAsync(Pending pending)
    {
        await Task.Yield(); // never run the request under the caller's lock
        try
        {
            var credentials = pending.Credentials;
            Interlocked.Increment(ref _requests);
            ZoomAccessToken? answer;
            try
            {
                answer = await _oauth(credentials.Snapshot).RequestTokenAsync("account_credentials", credentials.AccountId, credentials.BasicValue, CancellationToken.None).ConfigureAwait(false);
            }
            catch (RoomServiceException ex) when (ex is not RoomAuthenticationException and not RoomRateLimitedException and not RoomProviderUnavailableException
                && ex.StatusCode is { } status && (int)status is >= 400 and < 500)
            {
                // Zoom answers a bad client id, secret, account id or grant with 400 (codes 47xx, invalid_client…):
                // for the caller it is a credentials problem, whatever the status.
                throw new RoomAuthenticationException(
                    $"zoom: the OAuth token request was refused ({(int)status}): {ex.ProviderMessage ?? ex.ErrorCode ?? "no reason given"}. Check RoomClients:<name>:AccountId, ClientId and ClientSecret (the app must be activated).",
                    new RoomErrorDetails(RoomProviders.Zoom, status, ex.ErrorCode, ex.ProviderMessage, ex.RequestId),
                    ex);
            }

            var token = Validate(answer, credentials);
            lock (_gate)
            {
                if (Credentials.From(_options()).SameAs(credentials))
                {
                    _cached = token; // a token for credentials rotated away meanwhile is returned to its waiters but not kept
                }
            }

            return token;
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_pending, pending))
                {
                    _pending = null; // a failure is not cached: the next caller asks again
                }
            }
        }
    }

    private CachedToken Validate(ZoomAccessToken? answer, Credentials credentials)
    {
        var token = answer?.AccessToken;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !IsToken68(token))
        {
            throw new RoomAuthenticationException(
                "zoom: the OAuth token endpoint answered without a usable access_token.",
                new RoomErrorDetails(RoomProviders.Zoom));
        }

        if (answer!.TokenType is { } type && !string.Equals(type, "bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new RoomAuthenticationException(
                $"zoom: the OAuth token endpoint answered token_type '{(type.Length > 20 ? type[..20] : type)}' instead of bearer.",
                new RoomErrorDetails(RoomProviders.Zoom));
        }

        var lifetime = answer.ExpiresIn is { } seconds
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, (long)MinLifetime.TotalSeconds, (long)MaxLifetime.TotalSeconds))
            : DefaultLifetime;
        var margin = TimeSpan.FromTicks(Math.Min(MaxRenewalMargin.Ticks, lifetime.Ticks / 5));
        return new CachedToken(token, _time.GetUtcNow() + lifetime - margin, credentials);
    }

    private static bool IsToken68(string token)
    {
        foreach (var c in token)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '+' or '/' or '='))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One credential set; compared by value so an unrelated configuration reload keeps the token.</summary>
    private sealed class Credentials
    {
        private Credentials(ZoomOptions snapshot, string accountId, string clientId, string clientSecret, Uri? oauthBase)
        {
            Snapshot = snapshot;
            AccountId = accountId;
            ClientId = clientId;
            ClientSecret = clientSecret;
            OAuthBase = oauthBase;
        }

        public ZoomOptions Snapshot { get; }

        public string AccountId { get; }

        public string ClientId { get; }

        public string ClientSecret { get; }

        public Uri? OAuthBase { get; }

        public string BasicValue => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));

        public static Credentials From(ZoomOptions options) => new(options, options.AccountId, options.ClientId, options.ClientSecret, options.OAuthBaseAddress);

        public bool SameAs(Credentials other) => Same(other.AccountId, other.ClientId, other.ClientSecret, other.OAuthBase);

        /// <summary>Whether <paramref name="options"/> hold these credentials (no copy of them is made: the per-call check allocates nothing).</summary>
        public bool SameAs(ZoomOptions options) =>
            Same(options.AccountId, options.ClientId, options.ClientSecret, options.OAuthBaseAddress);

        private bool Same(string accountId, string clientId, string clientSecret, Uri? oauthBase) =>
            string.Equals(AccountId, accountId, StringComparison.Ordinal)
            && string.Equals(ClientId, clientId, StringComparison.Ordinal)
            && string.Equals(ClientSecret, clientSecret, StringComparison.Ordinal)
            && Equals(OAuthBase, oauthBase);

        public override string ToString() => "Zoom client credentials (redacted)";
    }

    private sealed class Pending(Credentials credentials)
    {
        public Credentials Credentials { get; } = credentials;

        public Task<CachedToken>? Task { get; set; }
    }

    private sealed class CachedToken(string token, DateTimeOffset renewAt, Credentials credentials)
    {
        public string Token { get; } = token;

        public DateTimeOffset RenewAt { get; } = renewAt;

        public Credentials Credentials { get; } = credentials;

        public override string ToString() => $"Zoom access token (redacted), renewed at {RenewAt:O}";
    }
}
