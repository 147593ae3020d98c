using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using static RoomClients.Daily.Tests.DailyJson;

namespace RoomClients.Daily.Tests;

/// <summary>What a hostile or broken server can do to a Daily call, beyond the documented errors: the shared pipeline's promises, proved for Daily.</summary>
public sealed class DailyHostileServerTests
{
    [Fact]
    public async Task A_key_echoed_in_an_error_body_never_reaches_the_exception()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", "/v1/rooms/consult-1", 401, $$"""{"error":"authentication-error","info":"bad key {{DailyTestHost.ApiKey}} (Authorization: Bearer {{DailyTestHost.ApiKey}})"}""");
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.GetRoomAsync("consult-1", TestContext.Current.CancellationToken));
        Assert.DoesNotContain(DailyTestHost.ApiKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DailyTestHost.ApiKey, error.ProviderMessage ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("authentication-error", error.ErrorCode);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_a_typed_error_and_nothing_reaches_the_other_host(int status)
    {
        using var stranger = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        stranger.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Room("stranger")));
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", stranger.Url + "/v1/rooms"));

        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));

        Assert.Equal("daily", error.Provider);
        Assert.Empty(stranger.LogEntries); // the body (and the key) never went to the other host
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_rate_limit_that_outlasts_the_call_is_reported_as_rate_limited_with_its_wait()
    {
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/rooms/consult-1"))
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120").WithHeader("Content-Type", "application/json").WithBody("""{"error":"rate-limit-error","info":"slow down"}"""));
        var error = await Assert.ThrowsAsync<RoomRateLimitedException>(() => host.Rooms.GetRoomAsync("consult-1", TestContext.Current.CancellationToken));
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("rate-limit-error", error.ErrorCode);
    }
}
