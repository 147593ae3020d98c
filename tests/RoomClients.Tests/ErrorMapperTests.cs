using System.Net;
using System.Text;
using RoomClients.Http;

namespace RoomClients.Tests;

public sealed class ErrorMapperTests
{
    private static RoomServiceException Map(int status, string body, string contentType = "application/json", string? retryAfter = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/v1/rooms/r1?secret=no"),
        };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return new RoomErrorMapper("acme", parser: null).FromResponse(response, Encoding.UTF8.GetBytes(body));
    }

    [Theory]
    [InlineData("""{"message":"Room not found","name":"NotFound"}""", "Room not found", "NotFound")]
    [InlineData("""{"title":"Bad","detail":"name is required"}""", "name is required", null)]
    [InlineData("""{"result":40001,"error":"Invalid","desc":"Room id invalid"}""", "Room id invalid", null)]
    [InlineData("""{"error":"Access token is missing"}""", "Access token is missing", null)]
    [InlineData("plain words", "plain words", null)]
    public void Common_bodies_are_read(string body, string message, string? code)
    {
        var error = Map(404, body);
        Assert.IsType<RoomNotFoundException>(error);
        Assert.Equal(message, error.ProviderMessage);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("acme", error.Provider);
        Assert.Contains("GET /v1/rooms/r1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret=no", error.Message, StringComparison.Ordinal); // queries are left out of messages
    }

    [Fact]
    public void Html_pages_are_not_copied_into_messages()
    {
        var error = Map(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
        Assert.IsType<RoomProviderUnavailableException>(error);
        Assert.DoesNotContain("<html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_messages_are_truncated()
    {
        var error = Map(400, $$"""{"message":"{{new string('x', 5000)}}"}""");
        Assert.True(error.ProviderMessage!.Length < 600);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData(null, null)]
    public void Retry_after_seconds_are_read(string? header, int? seconds)
    {
        var error = Assert.IsType<RoomRateLimitedException>(Map(429, "{}", retryAfter: header));
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), error.RetryAfter);
    }

    [Fact]
    public void Retry_after_dates_are_read()
    {
        var date = DateTimeOffset.UtcNow.AddSeconds(30).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var error = Assert.IsType<RoomRateLimitedException>(Map(429, "{}", retryAfter: date));
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31));
    }

    [Theory]
    [InlineData(400, typeof(RoomValidationException))]
    [InlineData(401, typeof(RoomAuthenticationException))]
    [InlineData(403, typeof(RoomAuthenticationException))]
    [InlineData(404, typeof(RoomNotFoundException))]
    [InlineData(409, typeof(RoomConflictException))]
    [InlineData(422, typeof(RoomValidationException))]
    [InlineData(429, typeof(RoomRateLimitedException))]
    [InlineData(500, typeof(RoomProviderUnavailableException))]
    [InlineData(504, typeof(RoomProviderUnavailableException))]
    [InlineData(418, typeof(RoomServiceException))]
    public void Statuses_map_to_the_family(int status, Type expected) =>
        Assert.IsType(expected, Map(status, "{}"));

    [Fact]
    public void Caller_cancellation_passes_through_and_transport_failures_are_typed()
    {
        var mapper = new RoomErrorMapper("acme", null);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var cancelled = new OperationCanceledException(cts.Token);
        Assert.Same(cancelled, mapper.FromTransport(null, cancelled, cts.Token));
        Assert.IsType<RoomProviderUnavailableException>(mapper.FromTransport(null, new HttpRequestException("refused"), CancellationToken.None));
        Assert.IsType<RoomProviderUnavailableException>(mapper.FromTransport(null, new Polly.CircuitBreaker.BrokenCircuitException(), CancellationToken.None));
        Assert.IsType<RoomProviderUnavailableException>(mapper.FromTransport(null, new TaskCanceledException("HttpClient.Timeout"), CancellationToken.None));
    }
}
