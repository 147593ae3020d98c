using System.Net.Http.Headers;
using RoomClients.Providers;

namespace RoomClients.Http;

/// <summary>
/// Sets <c>Authorization: &lt;scheme&gt; &lt;token&gt;</c> on every request, asking the token provider each time so that
/// rotated keys and renewed tokens are picked up. Used for Whereby and Vonage (Bearer) and Vectera (Token). The
/// providers use the overload that receives the request, and read the credential from the options snapshot the request
/// carries (<see cref="Providers.ProviderClient.OptionsOf{TOptions}"/>), so a request is always signed with
/// the credential of the options it was addressed with.
/// </summary>
public sealed class TokenAuthenticationHandler : DelegatingHandler
{
    private readonly string _scheme;
    private readonly Func<HttpRequestMessage, CancellationToken, ValueTask<string>> _tokenProvider;
    private AuthenticationHeaderValue? _header; // the last header built, reused while the token is unchanged

    /// <summary>Initializes a new instance.</summary>
    /// <param name="scheme">The authorization scheme, such as <c>Bearer</c> or <c>Token</c>.</param>
    /// <param name="tokenProvider">Returns the current token; called once per request (and per retry).</param>
    public TokenAuthenticationHandler(string scheme, Func<CancellationToken, ValueTask<string>> tokenProvider)
        : this(scheme, Adapt(tokenProvider))
    {
    }

    /// <summary>Initializes a new instance whose token depends on the request (such as the options snapshot it carries).</summary>
    /// <param name="scheme">The authorization scheme, such as <c>Bearer</c> or <c>Token</c>.</param>
    /// <param name="tokenProvider">Returns the token for a request; called once per request (and per retry).</param>
    public TokenAuthenticationHandler(string scheme, Func<HttpRequestMessage, CancellationToken, ValueTask<string>> tokenProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scheme);
        ArgumentNullException.ThrowIfNull(tokenProvider);
        _scheme = scheme;
        _tokenProvider = tokenProvider;
    }

    /// <summary>Creates a handler for the <c>Bearer</c> scheme.</summary>
    /// <param name="tokenProvider">Returns the current token.</param>
    /// <returns>The handler.</returns>
    public static TokenAuthenticationHandler Bearer(Func<CancellationToken, ValueTask<string>> tokenProvider) => new("Bearer", tokenProvider);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValueTask<string> token;
        try
        {
            token = _tokenProvider(request, cancellationToken);
        }
        catch (Exception ex)
        {
            token = ValueTask.FromException<string>(ex); // surfaces through the returned task, as before
        }

        if (!token.IsCompletedSuccessfully)
        {
            return SendAfterTokenAsync(request, token, cancellationToken);
        }

        // The usual case (a configured key, a cached JWT): no async state machine of our own on the way down.
        request.Headers.Authorization = HeaderFor(token.Result);
        return base.SendAsync(request, cancellationToken);
    }

    private static Func<HttpRequestMessage, CancellationToken, ValueTask<string>> Adapt(Func<CancellationToken, ValueTask<string>> tokenProvider)
    {
        ArgumentNullException.ThrowIfNull(tokenProvider);
        return (_, cancellationToken) => tokenProvider(cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAfterTokenAsync(HttpRequestMessage request, ValueTask<string> token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = HeaderFor(await token.ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private AuthenticationHeaderValue HeaderFor(string token)
    {
        var header = _header;
        if (header is null || !string.Equals(header.Parameter, token, StringComparison.Ordinal))
        {
            header = new AuthenticationHeaderValue(_scheme, token);
            _header = header; // a single reference swap: readers see a whole header
        }

        return header;
    }
}
