using System.Diagnostics;
using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Whereby.Tests;

/// <summary>Each documented error mapped to its exception (the core's retries, timeouts, cancellation, odd bodies and refused connections are proved for every provider by the contract suite).</summary>
public sealed class WherebyErrorTests
{
    [Theory]
    [InlineData(400, typeof(RoomValidationException), "Content-Type must be multipart/form-data or application/json")]
    [InlineData(401, typeof(RoomAuthenticationException), "Access token is missing or invalid")]
    [InlineData(403, typeof(RoomAuthenticationException), "Not allowed to perform action")]
    [InlineData(404, typeof(RoomNotFoundException), "The requested resource doesn't exist")]
    [InlineData(409, typeof(RoomConflictException), "conflict")]
    [InlineData(422, typeof(RoomValidationException), "endDate must be in the future")]
    public async Task Documented_errors_become_typed_exceptions(int status, Type expected, string message)
    {
        await using var host = new WherebyTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/m1"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req-77").WithBody($$"""{"error":"{{message}}"}"""));

        var error = await Assert.ThrowsAsync(expected, () => host.Rooms.GetRoomAsync("m1", TestContext.Current.CancellationToken));

        var typed = Assert.IsAssignableFrom<RoomServiceException>(error);
        Assert.Equal("whereby", typed.Provider);
        Assert.Equal((HttpStatusCode)status, typed.StatusCode);
        Assert.Equal(message, typed.ProviderMessage);
        Assert.Equal("req-77", typed.RequestId);
        Assert.Contains(message, typed.Message, StringComparison.Ordinal);
        Assert.Contains("GET /v1/meetings/m1", typed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WherebyTestHost.ApiKey, typed.ToString(), StringComparison.Ordinal);
        Assert.Single(host.Requests); // 4xx are never retried
    }

    [Fact]
    public async Task Rate_limit_body_gives_retry_after_from_ms_left()
    {
        await using var host = new WherebyTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/m1"))
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json")
                .WithBody("""{"error":"Rate limit active for throttle key: organization:1","data":{"msLeft":38689}}"""));

        var error = await Assert.ThrowsAsync<RoomRateLimitedException>(() => host.Rooms.GetRoomAsync("m1", TestContext.Current.CancellationToken));

        Assert.Equal(TimeSpan.FromMilliseconds(38689), error.RetryAfter);
        Assert.Equal("Rate limit active for throttle key: organization:1", error.ProviderMessage);
        Assert.Equal(4, host.Requests.Count); // a read is retried on 429 (without Retry-After: back-off), then reported
    }
}
