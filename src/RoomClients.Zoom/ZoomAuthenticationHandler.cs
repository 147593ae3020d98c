using System.Net;
using System.Net.Http.Headers;
using RoomClients.Providers;

namespace RoomClients.Zoom;

/// <summary>
/// Sets <c>Authorization: Bearer &lt;token&gt;</c> from <see cref="ZoomTokenProvider"/> on every request (and every retry:
/// it sits inside the resilience handler). When Zoom refuses the token (HTTP 401, or Zoom's code 124 "Invalid access
/// token" under another status), the token is dropped, a new one is fetched and the request is sent once more with it:
/// Zoom did not act on a request it refused for its token, so this is safe for a create too. A second refusal is the
/// caller's answer (<see cref="RoomAuthenticationException"/>).
/// </summary>
/// <param name="tokens">The registration's token provider.</param>
/// <param name="current">The registration's current options, for a request that carries no snapshot.</param>
internal sealed class ZoomAuthenticationHandler(ZoomTokenProvider tokens, Func<ZoomOptions> current) : DelegatingHandler
{
    private AuthenticationHeaderValue? _header; // the last header built, reused while the token is unchanged

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The credentials of the options snapshot the request was addressed with: host and credentials always match.
        var options = ProviderClient.OptionsOf<ZoomOptions>(request) ?? current();
        var token = await tokens.GetTokenAsync(options, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = HeaderFor(token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!await RefusesTokenAsync(response, cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        tokens.Invalidate(token);
        var fresh = await tokens.GetTokenAsync(options, cancellationToken).ConfigureAwait(false);
        if (string.Equals(fresh, token, StringComparison.Ordinal))
        {
            return response; // the token endpoint gave the same token back: resending would get the same answer
        }

        response.Dispose();
        request.Headers.Authorization = HeaderFor(fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private AuthenticationHeaderValue HeaderFor(string token)
    {
        var header = _header;
        if (header is null || !string.Equals(header.Parameter, token, StringComparison.Ordinal))
        {
            header = new AuthenticationHeaderValue("Bearer", token);
            _header = header; // one reference swap: readers see a whole header
        }

        return header;
    }

    private static async Task<bool> RefusesTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return true;
        }

        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Forbidden))
        {
            return false;
        }

        var body = await ZoomResponseBuffer.BufferAsync(response, cancellationToken).ConfigureAwait(false);
        return ZoomErrorParser.Read(body)?.Code == ZoomRateLimits.InvalidAccessTokenCode;
    }
}
