using System.Net.Http.Headers;
using RoomClients.Providers;
using System.Text;

namespace RoomClients.Http;

/// <summary>Sets <c>Authorization: Basic base64(user:password)</c> on every request (EnableX: APP_ID:APP_KEY), reading the credentials each time so rotation needs no restart.</summary>
public sealed class BasicAuthenticationHandler : DelegatingHandler
{
    private readonly Func<HttpRequestMessage, (string UserName, string Password)> _credentials;
    private CachedHeader? _cached;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="credentials">Returns the current user name and password.</param>
    public BasicAuthenticationHandler(Func<(string UserName, string Password)> credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = _ => credentials();
    }

    /// <summary>Initializes a new instance whose credentials depend on the request (such as the options snapshot it carries, see <see cref="Providers.ProviderClient.OptionsOf{TOptions}"/>).</summary>
    /// <param name="credentials">Returns the user name and password for a request.</param>
    public BasicAuthenticationHandler(Func<HttpRequestMessage, (string UserName, string Password)> credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = credentials;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (userName, password) = _credentials(request);
        var cached = _cached;
        if (cached is null || !string.Equals(cached.UserName, userName, StringComparison.Ordinal) || !string.Equals(cached.Password, password, StringComparison.Ordinal))
        {
            cached = new CachedHeader(userName, password, Value(userName, password));
            _cached = cached; // one reference swap: readers see a consistent triple
        }

        request.Headers.Authorization = cached.Header; // built once per credential pair, not per request
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>Builds the <c>Basic</c> value of <paramref name="userName"/> and <paramref name="password"/> (UTF-8, base64).</summary>
    /// <param name="userName">The user name (an application id).</param>
    /// <param name="password">The password (an application key).</param>
    /// <returns>The header value.</returns>
    internal static AuthenticationHeaderValue Value(string userName, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{password}")));

    private sealed record CachedHeader(string UserName, string Password, AuthenticationHeaderValue Header)
    {
        public override string ToString() => "Basic credentials (redacted)";
    }
}
