using System.Net;
using RoomClients.Http;

namespace RoomClients.Tests;

/// <summary>RoomProviderUnavailableException.RequestNotProcessed is true only when the provider certainly did not act.</summary>
public sealed class RequestNotProcessedTests
{
    private static readonly RoomErrorMapper Mapper = new("acme", parser: null);

    private static RoomProviderUnavailableException FromStatus(int status, string? retryAfter = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/v1/rooms"),
        };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return Assert.IsType<RoomProviderUnavailableException>(Mapper.FromResponse(response, []));
    }

    private static RoomProviderUnavailableException FromTransport(Exception exception) =>
        Assert.IsType<RoomProviderUnavailableException>(Mapper.FromTransport(null, exception, CancellationToken.None));

    [Theory]
    [InlineData(503, "5", true)]
    [InlineData(503, null, false)]
    [InlineData(500, null, false)]
    [InlineData(502, "5", false)]
    [InlineData(504, null, false)]
    [InlineData(408, null, false)]
    public void Answers(int status, string? retryAfter, bool notProcessed) =>
        Assert.Equal(notProcessed, FromStatus(status, retryAfter).RequestNotProcessed);

    [Fact]
    public void A_connection_that_was_never_made_or_an_open_circuit_was_not_processed()
    {
        Assert.True(FromTransport(new HttpRequestException(HttpRequestError.ConnectionError, "refused")).RequestNotProcessed);
        Assert.True(FromTransport(new HttpRequestException(HttpRequestError.NameResolutionError, "no such host")).RequestNotProcessed);
        Assert.True(FromTransport(new Polly.CircuitBreaker.BrokenCircuitException()).RequestNotProcessed);
    }

    [Fact]
    public void A_dropped_connection_or_a_timeout_may_have_been_processed()
    {
        Assert.False(FromTransport(new HttpRequestException(HttpRequestError.ResponseEnded, "dropped")).RequestNotProcessed);
        Assert.False(FromTransport(new HttpRequestException("unknown")).RequestNotProcessed);
        Assert.False(FromTransport(new Polly.Timeout.TimeoutRejectedException(TimeSpan.FromSeconds(10))).RequestNotProcessed);
        Assert.False(FromTransport(new TaskCanceledException("HttpClient.Timeout")).RequestNotProcessed);
    }
}
