using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static RoomClients.Daily.Tests.DailyJson;

namespace RoomClients.Daily.Tests;

/// <summary>Each documented Daily error mapped to its exception with Daily's stable <c>error</c> type (the core's retry rules are proved for every provider by the contract suite).</summary>
public sealed class DailyErrorTests
{
    [Theory]
    [InlineData(400, typeof(RoomValidationException), "invalid-request-error", "name must be 1 to 128 characters")]
    [InlineData(400, typeof(RoomValidationException), "authorization-header-error", "bad Authorization header format")]
    [InlineData(400, typeof(RoomValidationException), "json-parsing-error", "unexpected token")]
    [InlineData(401, typeof(RoomAuthenticationException), "authentication-error", "Invalid API key")]
    [InlineData(403, typeof(RoomAuthenticationException), "forbidden-error", "not allowed")]
    [InlineData(404, typeof(RoomNotFoundException), "not-found", "room consult-1 was not found")]
    [InlineData(429, typeof(RoomRateLimitedException), "rate-limit-error", "Too many requests")]
    [InlineData(500, typeof(RoomProviderUnavailableException), "server-error", "Internal error")]
    public async Task Documented_errors_become_typed_exceptions_with_the_error_type_as_code(int status, Type expected, string code, string info)
    {
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/rooms/consult-1"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req-9").WithBody($$"""{"error":"{{code}}","info":"{{info}}"}"""));

        var error = await Assert.ThrowsAsync(expected, () => host.Rooms.GetRoomAsync("consult-1", TestContext.Current.CancellationToken));

        var typed = Assert.IsAssignableFrom<RoomServiceException>(error);
        Assert.Equal("daily", typed.Provider);
        Assert.Equal((HttpStatusCode)status, typed.StatusCode);
        Assert.Equal(code, typed.ErrorCode);
        Assert.Equal(info, typed.ProviderMessage);
        Assert.Equal("req-9", typed.RequestId);
        Assert.Contains("GET /v1/rooms/consult-1", typed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DailyTestHost.ApiKey, typed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Requests, r => r.RequestMessage!.Path == "/v1/meeting-tokens");
    }

    [Fact]
    public async Task An_error_without_info_keeps_the_error_type_as_message()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", "/v1/rooms/consult-1", 404, """{"error":"not-found"}""");
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRoomAsync("consult-1", TestContext.Current.CancellationToken));
        Assert.Equal("not-found", error.ErrorCode);
        Assert.Equal("not-found", error.ProviderMessage);
    }

    [Fact]
    public async Task Deleting_an_expired_room_reports_not_found_as_daily_answers()
    {
        await using var host = new DailyTestHost();
        host.Answer("DELETE", "/v1/rooms/old", 404, """{"error":"not-found","info":"room old was not found","deleted":true}""");
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.DeleteRoomAsync("old", TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Single(host.Requests);
    }
}
