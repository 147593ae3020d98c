using System.Net;

namespace RoomClients.Http;

/// <summary>
/// The innermost handler of every provider's pipeline, under the resilience handler's attempt timeout: it reads every
/// answer's body whole (success and error) with the attempt's token and a size cap, and refuses redirects. So a body that
/// trickles, never ends, is shorter than its <c>Content-Length</c> or stalls ends within the attempt timeout; the caller's
/// cancellation stops it; an oversized answer (also after decompression) is a typed error; and the error mapper, Refit and
/// EnableX's envelope check read memory, never the network.
/// </summary>
internal sealed class RoomResponseBufferingHandler(RoomErrorMapper mapper, long maxBodyBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = RoomRequestContext.Of(request);
        if (context is not null)
        {
            context.Throttled = null; // a new attempt: what the last one said no longer holds
        }

        var sentTo = request.RequestUri;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsRedirect(response) || (sentTo is not null && response.RequestMessage?.RequestUri is { } final && final != sentTo))
            {
                throw mapper.Redirected(request, response, sentTo);
            }

            await BufferAsync(request, response, cancellationToken).ConfigureAwait(false);
            if (context is not null && IsThrottle(response))
            {
                // Rare: a copy of the buffered body for the typed answer a total timeout may report instead of itself.
                context.Throttled = mapper.FromResponse(response, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            }
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }

    /// <summary>
    /// A 3xx that sends the client elsewhere: one with a <c>Location</c>, or a status defined as a redirect (301, 302, 303,
    /// 307, 308). A 300 or 304 without <c>Location</c> points nowhere and is the provider's answer (Zoom documents a 300
    /// with a JSON error body for its daily limit and some validation errors), mapped like any other non-success status.
    /// </summary>
    private static bool IsRedirect(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400
        && (response.Headers.Location is not null
            || response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect);

    /// <summary>Turns off automatic redirects on the primary handler (the socket handler, or an <see cref="HttpClientHandler"/>).</summary>
    internal static void DisableRedirects(HttpMessageHandler? primary)
    {
        switch (primary)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }

    private static bool IsThrottle(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);

    /// <summary>
    /// Reads the body into the response's own content (<see cref="HttpContent.LoadIntoBufferAsync(long, CancellationToken)"/>,
    /// what <see cref="HttpClient"/> does for a buffered call): same content object and headers, pooled buffers, no copy.
    /// </summary>
    private async ValueTask BufferAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content.Headers.ContentLength is long declared && declared > maxBodyBytes)
        {
            throw mapper.TooLarge(request, response, maxBodyBytes);
        }

        try
        {
            await content.LoadIntoBufferAsync(maxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            throw mapper.TooLarge(request, response, maxBodyBytes);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && ex is not OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested(); // a read aborted by the caller's (or the attempt's) token is a cancellation
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded,
                $"the answer (HTTP {(int)response.StatusCode}) ended or broke before its body was read whole: {ex.Message}",
                ex,
                response.StatusCode);
        }
    }
}
