using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using RoomClients.Http;

namespace RoomClients.Zoom;

/// <summary>
/// Makes Zoom's daily limit a rate limit the pipeline understands: the 2022 file's HTTP 300 "A maximum of {n} meetings
/// can be created/updated for a single user in one day" becomes a 429, and a daily-limit 429 without <c>Retry-After</c>
/// (or with <c>X-RateLimit-Type: Daily-limit</c>) gets one pointing at 00:00 UTC. The resilience pipeline then does not
/// retry it within the call (the wait exceeds the total timeout), and the caller gets
/// <see cref="RoomRateLimitedException"/> with <see cref="RoomRateLimitedException.RetryAfter"/> until the reset.
/// Per-second 429s pass through unchanged and are retried as the pipeline's rule says.
/// </summary>
/// <remarks>Run by the core pipeline inside each attempt once the body is in memory, so before the retry rule and the
/// throttle bookkeeping see the answer.</remarks>
internal sealed class ZoomRateLimitFilter(TimeProvider time) : IRoomResponseFilter
{
    public HttpResponseMessage Filter(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is not (429 or 300))
        {
            return response;
        }

        var daily = response.Headers.TryGetValues("X-RateLimit-Type", out var types) && types.Any(t => t.Contains("daily", StringComparison.OrdinalIgnoreCase));
        var (rented, length) = RoomResponseBody.RentBuffered(response, ZoomResponseBuffer.MaxBytes);
        try
        {
            daily |= ZoomRateLimits.IsDailyLimit(ZoomErrorParser.Read(rented.AsSpan(0, length))?.Message);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        if (!daily)
        {
            return response; // a per-second limit, or a 300 that is not the daily limit (a validation error in the 2022 file)
        }

        if (status == 300)
        {
            var translated = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
            {
                RequestMessage = response.RequestMessage,
                Version = response.Version,
                ReasonPhrase = "Too Many Requests (Zoom daily limit, sent as HTTP 300)",
                Content = response.Content,
            };
            foreach (var header in response.Headers)
            {
                translated.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = null; // handed over, not disposed with the old response
            response.Dispose();
            response = translated;
        }

        if (response.Headers.RetryAfter is null)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(ZoomRateLimits.UntilDailyReset(time.GetUtcNow()));
        }

        return response;
    }
}
