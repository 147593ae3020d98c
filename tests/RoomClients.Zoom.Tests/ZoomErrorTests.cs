using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Testing.Zoom;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Zoom.Tests;

/// <summary>Zoom's documented errors mapped to their exceptions and its own rate limits (the core's retries and cancellation are proved for every provider by the contract suite).</summary>
public sealed class ZoomErrorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 18, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(400, 3000, "Cannot access meeting information.", typeof(RoomValidationException))]
    [InlineData(400, 1010, "User does not belong to this account: abc.", typeof(RoomValidationException))]
    [InlineData(403, 4711, "Invalid access token, does not contain scopes:[meeting:read:admin].", typeof(RoomAuthenticationException))]
    [InlineData(404, 3001, "Meeting does not exist: 42.", typeof(RoomNotFoundException))]
    [InlineData(404, 1001, "User does not exist: me.", typeof(RoomNotFoundException))]
    [InlineData(409, 3000, "conflict", typeof(RoomConflictException))]
    public async Task Documented_errors_become_typed_exceptions_with_zooms_code_and_message(int status, int code, string message, Type expected)
    {
        await using var host = new ZoomTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/42"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody($$"""{"code":{{code}},"message":"{{message}}"}"""));

        var error = await Assert.ThrowsAsync(expected, () => host.Rooms.GetRoomAsync("42", TestContext.Current.CancellationToken));

        var typed = Assert.IsAssignableFrom<RoomServiceException>(error);
        Assert.Equal("zoom", typed.Provider);
        Assert.Equal((HttpStatusCode)status, typed.StatusCode);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), typed.ErrorCode);
        Assert.Equal(message, typed.ProviderMessage);
        Assert.Contains("GET /v2/meetings/42", typed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Token, typed.ToString(), StringComparison.Ordinal);
        Assert.Single(host.Requests); // 4xx are never retried
    }

    [Fact]
    public async Task Field_errors_are_part_of_the_provider_message()
    {
        await using var host = new ZoomTestHost();
        host.Server.Given(Request.Create().UsingPost().WithPath("/v2/users/me/meetings"))
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody("""{"code":300,"message":"Validation Failed.","errors":[{"field":"settings.jbh_time","message":"Invalid field."}]}"""));

        var error = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));

        Assert.Equal("300", error.ErrorCode);
        Assert.Equal("Validation Failed.; settings.jbh_time: Invalid field.", error.ProviderMessage);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_per_second_rate_limit_is_retried_as_the_pipeline_says_then_succeeds()
    {
        await using var host = new ZoomTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/42")).InScenario("throttle").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithHeader("Content-Type", "application/json")
                .WithBody("""{"code":429,"message":"You have reached the maximum per-second rate limit for this API. Try again later."}"""));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/42")).InScenario("throttle").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(id: 42)));

        Assert.Equal("42", (await host.Rooms.GetRoomAsync("42", TestContext.Current.CancellationToken)).Id);
        Assert.Equal(2, host.Requests.Count);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(300)]
    public async Task The_daily_create_limit_is_rate_limited_until_midnight_utc_and_not_retried(int status)
    {
        using var simulator = new ZoomSimulator { DailyCreateUpdateLimit = 1, DailyLimitStatus = status };
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddRoomClients(rooms =>
        {
            rooms.ConfigureResilience((_, o) => o.Retry.Delay = TimeSpan.FromMilliseconds(5));
            rooms.AddZoom(o =>
            {
                o.AccountId = simulator.AccountId;
                o.ClientId = simulator.ClientId;
                o.ClientSecret = simulator.ClientSecret;
                o.BaseAddress = simulator.BaseAddress;
                o.OAuthBaseAddress = simulator.OAuthBaseAddress;
            });
        });
        await using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();
        var ct = TestContext.Current.CancellationToken;

        await rooms.CreateRoomAsync(new CreateRoomRequest(), ct);
        var before = simulator.RequestCount;
        var error = await Assert.ThrowsAsync<RoomRateLimitedException>(() => rooms.CreateRoomAsync(new CreateRoomRequest(), ct));

        Assert.Equal(1, simulator.RequestCount - before); // a wait until 00:00 UTC is longer than the call may take: not retried
        Assert.Equal(TimeSpan.FromHours(5.5), error.RetryAfter); // 18:30 UTC → 00:00 UTC
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Contains(status == 300 ? "in one day" : "daily rate limit", error.ProviderMessage, StringComparison.Ordinal);
        Assert.Equal(1, simulator.CreatedCount);
    }

    [Fact]
    public async Task A_300_that_is_not_the_daily_limit_stays_a_typed_error_with_its_message()
    {
        await using var host = new ZoomTestHost();
        host.Server.Given(Request.Create().UsingPost().WithPath("/v2/users/me/meetings"))
            .RespondWith(Response.Create().WithStatusCode(300).WithHeader("Content-Type", "application/json").WithBody("""{"code":300,"message":"Invalid enforce_login_domains, separate multiple domains by semicolon."}"""));

        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));

        Assert.IsNotType<RoomRateLimitedException>(error);
        Assert.Equal((HttpStatusCode)300, error.StatusCode);
        Assert.Contains("enforce_login_domains", error.ProviderMessage, StringComparison.Ordinal);
        Assert.Single(host.Requests);
    }
}
