using System.Net;

namespace RoomClients.Http;

/// <summary>
/// How the SDK takes an answer in: no redirect is followed, and the body is read whole (success and error) with the
/// attempt's token and a size cap. So a body that trickles, never ends, is shorter than its <c>Content-Length</c> or
/// stalls ends within the attempt timeout; the caller's cancellation stops it; an oversized answer (also after
/// decompression) is a typed error; and the error mapper, Refit and the providers' checks read memory, never the network.
/// </summary>
internal static class RoomResponseBody
{
    /// <summary>
    /// Throws when the answer redirects: a 3xx with a <c>Location</c>, or a status defined as a redirect (301, 302, 303,
    /// 307, 308), or an answer the primary handler followed to another address. A 300 or 304 without <c>Location</c> points
    /// nowhere and is the provider's answer (Zoom documents a 300 with a JSON error body for its daily limit and some
    /// validation errors), mapped like any other non-success status.
    /// </summary>
    public static void ThrowIfRedirected(RoomErrorMapper mapper, HttpRequestMessage request, HttpResponseMessage response, Uri? sentTo)
    {
        if (IsRedirect(response) || (sentTo is not null && response.RequestMessage?.RequestUri is { } final && final != sentTo))
        {
            throw mapper.Redirected(request, response, sentTo);
        }
    }

    /// <summary>Whether the answer is a throttle: HTTP 429, or 503 with <c>Retry-After</c>.</summary>
    public static bool IsThrottle(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);

    /// <summary>Turns off automatic redirects on the primary handler (the socket handler, or an <see cref="HttpClientHandler"/>).</summary>
    public static void DisableRedirects(HttpMessageHandler? primary)
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

    /// <summary>
    /// Reads the body into the response's own content (<see cref="HttpContent.LoadIntoBufferAsync(long, CancellationToken)"/>,
    /// what <see cref="HttpClient"/> does for a buffered call): same content object and headers, pooled buffers, no copy.
    /// </summary>
    public static async ValueTask BufferAsync(RoomErrorMapper mapper, HttpRequestMessage request, HttpResponseMessage response, long maxBodyBytes, CancellationToken cancellationToken)
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

    /// <summary>
    /// Reads an answer whose body <see cref="BufferAsync"/> has read whole, without touching the network: its first
    /// <paramref name="maxBytes"/> bytes into a pooled array (return it to <see cref="System.Buffers.ArrayPool{T}.Shared"/>),
    /// the content left readable from its start for the deserializer.
    /// </summary>
    /// <returns>The rented array and the number of bytes in it.</returns>
    public static (byte[] Rented, int Length) RentBuffered(HttpResponseMessage response, int maxBytes = int.MaxValue)
    {
        var stream = response.Content.ReadAsStream(); // a buffered content hands out a memory stream, cached on the content
        if (!stream.CanSeek)
        {
            throw new InvalidOperationException("the answer was expected to be buffered by the SDK's pipeline.");
        }

        var length = (int)Math.Min(stream.Length, maxBytes);
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        stream.Position = 0;
        stream.ReadExactly(rented, 0, length);
        stream.Position = 0;
        return (rented, length);
    }

    private static bool IsRedirect(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400
        && (response.Headers.Location is not null
            || response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect);
}
