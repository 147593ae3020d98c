using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace RoomClients.Http;

/// <summary>
/// The SDK's resilience defaults on top of the standard pipeline of Microsoft.Extensions.Http.Resilience:
/// up to 3 retries with exponential back-off and jitter that honour <c>Retry-After</c>, a 10 s attempt timeout,
/// a 30 s total timeout, a circuit breaker per provider registration and a limit of 1,000 concurrent calls per
/// registration without a queue.
/// </summary>
/// <remarks>
/// The rule that keeps rooms from being created twice: a request with a non-idempotent method (POST, PATCH) is retried
/// only when the provider provably did not act on it: HTTP 429, HTTP 503 with <c>Retry-After</c>, or a connection that
/// could not be established. It is never retried after a timeout, a dropped connection or another 5xx, because the
/// provider may have acted. GET, PUT, DELETE, HEAD and OPTIONS are retried on every transient failure.
/// <para>
/// A <c>Retry-After</c> (on 429 or 503) longer than what remains of the total timeout is not waited for: the call ends at
/// once with <see cref="RoomRateLimitedException"/> (and its <see cref="RoomRateLimitedException.RetryAfter"/>) or, for 503,
/// <see cref="RoomProviderUnavailableException"/> with <see cref="RoomProviderUnavailableException.RequestNotProcessed"/>.
/// If the total timeout fires while waiting to retry after such an answer, the caller gets that answer, not a timeout.
/// </para>
/// <para>
/// Concurrency: the standard pipeline's limiter admits 1,000 calls in flight per registration and queues none. A call
/// past the limit is not sent; it fails at once with <see cref="RoomProviderUnavailableException"/> whose
/// <see cref="RoomProviderUnavailableException.RequestNotProcessed"/> is <see langword="true"/>, so a failover or the
/// caller can send it elsewhere or later. There is no queue by default because the limiter sits outside the total
/// timeout: a queued call would wait without bound. Change it with <c>RoomClientsBuilder.ConfigureResilience</c>
/// (<c>options.RateLimiter.DefaultRateLimiterOptions.PermitLimit</c> and <c>QueueLimit</c>).
/// </para>
/// </remarks>
internal static class RoomClientsResilience
{
    internal const int DefaultConcurrencyLimit = 1000;

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
        options.RateLimiter.DefaultRateLimiterOptions.PermitLimit = DefaultConcurrencyLimit;
        options.RateLimiter.DefaultRateLimiterOptions.QueueLimit = 0;
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

        if (response.Headers.RetryAfter is { } retryAfter && WaitOf(retryAfter) >= Remaining(request, options))
        {
            return false; // waiting longer than what is left of the call is pointless: surface RoomRateLimitedException.RetryAfter
        }

        if (idempotent)
        {
            return HttpClientResiliencePredicates.IsTransient(outcome);
        }

        return response.StatusCode == HttpStatusCode.TooManyRequests
            || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null);
    }

    /// <summary>What is left of the total timeout: measured from when the call entered the SDK's pipeline, or the whole timeout outside it.</summary>
    private static TimeSpan Remaining(HttpRequestMessage? request, HttpStandardResilienceOptions options)
    {
        var total = options.TotalRequestTimeout.Timeout;
        return RoomRequestContext.Of(request) is { } context ? total - context.Elapsed : total;
    }

    private static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
        || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete;

    private static TimeSpan WaitOf(System.Net.Http.Headers.RetryConditionHeaderValue value) =>
        value.Delta ?? (value.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
}
