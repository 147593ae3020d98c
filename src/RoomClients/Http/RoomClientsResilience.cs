using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

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

    /// <summary>
    /// Builds a registration's resilience pipeline from its options: the standard pipeline's five strategies in its order
    /// (concurrency limit, total timeout, retry, circuit breaker, attempt timeout) with their standard names, Polly's
    /// telemetry (<paramref name="telemetry"/>: the same options, enricher and logger factory the standard handler uses)
    /// and the container's <see cref="TimeProvider"/>. Built once per registration, so the circuit breaker and the
    /// concurrency limit are per registration, as with the standard handler's registry; unlike it, no reload or
    /// execution-tracking wrapper runs per call (the SDK's resilience options come from code and never reload).
    /// </summary>
    /// <param name="pipelineName">The pipeline's name in telemetry (the standard handler's: <c>&lt;client&gt;-standard</c>).</param>
    /// <param name="options">The options, after <see cref="ApplyDefaults"/> and the builder's <c>ConfigureResilience</c> calls.</param>
    /// <param name="telemetry">Polly's telemetry options, or <see langword="null"/> for none.</param>
    /// <param name="timeProvider">The time provider, or <see langword="null"/> for the system clock.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="OptionsValidationException">The options are invalid (the standard handler's checks).</exception>
    internal static ResiliencePipeline<HttpResponseMessage> BuildPipeline(string pipelineName, HttpStandardResilienceOptions options, TelemetryOptions? telemetry, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(pipelineName, options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = pipelineName, InstanceName = string.Empty };
        if (timeProvider is not null)
        {
            builder.TimeProvider = timeProvider;
        }

        if (telemetry is not null)
        {
            builder.ConfigureTelemetry(telemetry);
        }

        try
        {
            return builder
                .AddRateLimiter(options.RateLimiter)
                .AddTimeout(options.TotalRequestTimeout)
                .AddRetry(options.Retry)
                .AddCircuitBreaker(options.CircuitBreaker)
                .AddTimeout(options.AttemptTimeout)
                .Build();
        }
        catch (ValidationException ex)
        {
            throw new OptionsValidationException(pipelineName, typeof(HttpStandardResilienceOptions), [ex.Message]);
        }
    }

    /// <summary>The standard handler's checks across strategies: the attempt timeout within the total and a sampling duration of at least two attempts.</summary>
    private static void Validate(string pipelineName, HttpStandardResilienceOptions options)
    {
        var failures = new List<string>();
        var total = options.TotalRequestTimeout.Timeout;
        var attempt = options.AttemptTimeout.Timeout;
        if (attempt > total)
        {
            failures.Add($"Total request timeout strategy must have a greater timeout than the attempt timeout strategy. Total Request Timeout: {total.TotalSeconds}s, Attempt Timeout: {attempt.TotalSeconds}s");
        }

        if (options.CircuitBreaker.SamplingDuration < TimeSpan.FromMilliseconds(attempt.TotalMilliseconds * 2))
        {
            failures.Add($"The sampling duration of circuit breaker strategy needs to be at least double of an attempt timeout strategy’s timeout interval, in order to be effective. Sampling Duration: {options.CircuitBreaker.SamplingDuration.TotalSeconds}s, Attempt Timeout: {attempt.TotalSeconds}s");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(pipelineName, typeof(HttpStandardResilienceOptions), failures);
        }
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

        if (response.Headers.RetryAfter is { } retryAfter && WaitOf(retryAfter) >= Remaining(context, options))
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
    private static TimeSpan Remaining(ResilienceContext context, HttpStandardResilienceOptions options)
    {
        var total = options.TotalRequestTimeout.Timeout;
        return RoomCallState.Elapsed(context) is { } elapsed ? total - elapsed : total;
    }

    private static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
        || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete;

    private static TimeSpan WaitOf(System.Net.Http.Headers.RetryConditionHeaderValue value) =>
        value.Delta ?? (value.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
}
