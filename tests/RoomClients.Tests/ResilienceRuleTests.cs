using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using RoomClients.Http;

namespace RoomClients.Tests;

/// <summary>The rule that keeps creates from running twice: retry a non-idempotent request only when the provider provably did not act.</summary>
public sealed class ResilienceRuleTests
{
    private static bool ShouldRetry(HttpMethod method, Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request = null)
    {
        var options = new HttpStandardResilienceOptions();
        RoomClientsResilience.ApplyDefaults(options);
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            request ??= new HttpRequestMessage(method, "http://127.0.0.1/x");
            context.Properties.Set(new ResiliencePropertyKey<HttpRequestMessage>("Resilience.Http.RequestMessage"), request);
            if (outcome.Result is { } response)
            {
                response.RequestMessage = request;
            }

            return RoomClientsResilience.ShouldRetry(outcome, context, options);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static Outcome<HttpResponseMessage> Status(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
        }

        return Outcome.FromResult(response);
    }

    [Theory]
    [InlineData("GET", 500, true)]
    [InlineData("GET", 503, true)]
    [InlineData("GET", 429, true)]
    [InlineData("GET", 408, true)]
    [InlineData("DELETE", 502, true)]
    [InlineData("PUT", 504, true)]
    [InlineData("GET", 404, false)]
    [InlineData("GET", 401, false)]
    [InlineData("POST", 500, false)]
    [InlineData("POST", 502, false)]
    [InlineData("POST", 503, false)]
    [InlineData("POST", 504, false)]
    [InlineData("PATCH", 500, false)]
    [InlineData("POST", 429, true)]
    [InlineData("POST", 400, false)]
    public void Statuses(string method, int status, bool retried) =>
        Assert.Equal(retried, ShouldRetry(new HttpMethod(method), Status((HttpStatusCode)status)));

    [Fact]
    public void A_503_with_retry_after_proves_nothing_was_done_so_a_create_may_retry() =>
        Assert.True(ShouldRetry(HttpMethod.Post, Status(HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(1))));

    [Fact]
    public void A_retry_after_longer_than_the_whole_call_is_not_waited_for() =>
        Assert.False(ShouldRetry(HttpMethod.Get, Status(HttpStatusCode.TooManyRequests, TimeSpan.FromMinutes(10))));

    [Theory]
    [InlineData("GET", true)]
    [InlineData("POST", false)]
    public void Timeouts_are_retried_only_for_idempotent_methods(string method, bool retried) =>
        Assert.Equal(retried, ShouldRetry(new HttpMethod(method), Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void A_create_is_retried_only_when_no_connection_was_made(HttpRequestError error, bool retried) =>
        Assert.Equal(retried, ShouldRetry(HttpMethod.Post, Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, "x"))));

    [Fact]
    public void Reads_are_retried_after_a_dropped_connection() =>
        Assert.True(ShouldRetry(HttpMethod.Get, Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ResponseEnded, "x"))));

    [Fact]
    public void Cancellation_is_never_retried() =>
        Assert.False(ShouldRetry(HttpMethod.Get, Outcome.FromException<HttpResponseMessage>(new OperationCanceledException())));
}
