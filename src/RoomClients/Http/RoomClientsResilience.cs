using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace RoomClients.Http;

/// <summary>
/// The SDK's resilience defaults on top of the standard pipeline of Microsoft.Extensions.Http.Resilience:
/// up to 3 retries with exponential back-off and jitter that honour <c>Retry-After</c>, a 10 s attempt timeout,
/// a 30 s total timeout and a circuit breaker per provider registration.
/// </summary>
/// <remarks>
/// The rule that keeps rooms from being created twice: a request with a non-idempotent method (POST, PATCH) is retried
/// only when the provider provably did not act on it: HTTP 429, HTTP 503 with <c>Retry-After</c>, or a connection that
/// could not be established. It is never retried after a timeout, a dropped connection or another 5xx, because the
/// provider may have acted. GET, PUT, DELETE, HEAD and OPTIONS are retried on every transient failure.
/// </remarks>
internal static class RoomClientsResilience
{
    /// <summary>Applies the SDK's defaults to <paramref name="options"/>.</summary>
    /// <param name="options">The standard pipeline's options.</param>
    internal static void ApplyDefaults(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options));
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
    }

    /// <summary>Returns whether a request may be retried after <paramref name="outcome"/>; see the type's remarks for the rule.</summary>
    /// <param name="outcome">The attempt's response or exception.</param>
    /// <param name="context">The resilience context that carries the request.</param>
    /// <param name="options">The pipeline's options, for the total timeout.</param>
    /// <returns><see langword="true"/> to retry.</returns>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        var idempotent = request is not null && IsIdempotent(request);

        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException)
            {
                return false;
            }

            return idempotent
                ? HttpClientResiliencePredicates.IsTransient(outcome)
                : exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        if (response.Headers.RetryAfter is { } retryAfter && WaitOf(retryAfter) > options.TotalRequestTimeout.Timeout)
        {
            return false; // waiting longer than the whole call may take is pointless: surface RoomRateLimitedException.RetryAfter
        }

        if (idempotent)
        {
            return HttpClientResiliencePredicates.IsTransient(outcome);
        }

        return response.StatusCode == HttpStatusCode.TooManyRequests
            || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);
    }

    private static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
        || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete;

    private static TimeSpan WaitOf(System.Net.Http.Headers.RetryConditionHeaderValue value) =>
        value.Delta ?? (value.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
}
