using System.Diagnostics;
using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Whereby.Tests;

/// <summary>Each documented error mapped to its exception; retries, the no-duplicate rule for creates, cancellation.</summary>
public sealed class WherebyErrorAndResilienceTests
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

    [Fact]
    public async Task Rate_limit_with_retry_after_is_retried_then_succeeds_even_for_create()
    {
        await using var host = new WherebyTestHost();
        host.Server.Given(Request.Create().UsingPost().WithPath("/v1/meetings")).InScenario("throttle").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("""{"error":"Rate limit","data":{"msLeft":1000}}"""));
        host.Server.Given(Request.Create().UsingPost().WithPath("/v1/meetings")).InScenario("throttle").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json")
                .WithBody("""{"meetingId":"9","roomUrl":"https://acme.whereby.com/r","endDate":"2099-01-01T00:00:00.000Z","hostRoomUrl":"https://acme.whereby.com/r?roomKey=k"}"""));

        var stopwatch = Stopwatch.StartNew();
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, TestContext.Current.CancellationToken);

        Assert.Equal("9", room.Id);
        Assert.Equal(2, host.Requests.Count); // 429 proves the provider did not act: a create may be retried
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 must be honoured");
    }

    [Fact]
    public async Task Create_is_not_retried_after_a_timeout_once_sent()
    {
        await using var host = new WherebyTestHost(rooms: r => r.ConfigureResilience((_, o) =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(5);
        }));
        var received = 0;
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        host.Server.Given(Request.Create().UsingPost().WithPath("/v1/meetings"))
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                Interlocked.Increment(ref received); // counted on arrival: the server acted on it
                arrived.TrySetResult();
                release.Wait(TestContext.Current.CancellationToken); // it has the request but answers only after the test
                return new WireMock.ResponseMessage { StatusCode = 201 };
            }));

        try
        {
            var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() =>
                host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, TestContext.Current.CancellationToken));

            Assert.Contains("no answer within", error.Message, StringComparison.Ordinal);
            await arrived.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken); // on a loaded machine the request may land after the client gave up
            Assert.Equal(1, Volatile.Read(ref received)); // retries happen inside the call: once it has returned, none can follow
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Reads_are_retried_after_a_timeout()
    {
        await using var host = new WherebyTestHost(rooms: r => r.ConfigureResilience((_, o) =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(5);
        }));
        var received = 0;
        using var release = new ManualResetEventSlim();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/m1"))
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                if (Interlocked.Increment(ref received) == 1)
                {
                    release.Wait(TestContext.Current.CancellationToken); // the first attempt is never answered in time: only its timeout ends it
                    return new WireMock.ResponseMessage { StatusCode = 500 };
                }

                var answer = new WireMock.ResponseMessage
                {
                    StatusCode = 200,
                    BodyData = new WireMock.Util.BodyData
                    {
                        BodyAsString = """{"meetingId":"m1","roomUrl":"https://acme.whereby.com/r","endDate":"2099-01-01T00:00:00.000Z"}""",
                        DetectedBodyType = WireMock.Types.BodyType.String,
                        Encoding = System.Text.Encoding.UTF8,
                    },
                };
                answer.AddHeader("Content-Type", "application/json");
                return answer;
            }));

        try
        {
            var room = await host.Rooms.GetRoomAsync("m1", TestContext.Current.CancellationToken);

            Assert.Equal("m1", room.Id);
            Assert.Equal(2, Volatile.Read(ref received)); // the held first attempt timed out and the retry got the answer
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Cancellation_during_a_call_is_honoured()
    {
        await using var host = new WherebyTestHost();
        var received = 0;
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/m1"))
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                Interlocked.Increment(ref received);
                arrived.TrySetResult(); // the server has the request...
                release.Wait(TestContext.Current.CancellationToken); // ...and answers only when the test is over
                return new WireMock.ResponseMessage { StatusCode = 200 };
            }));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        try
        {
            var call = host.Rooms.GetRoomAsync("m1", cts.Token);
            await arrived.Task.WaitAsync(TestContext.Current.CancellationToken); // wait for the event, not for time
            await cts.CancelAsync();

            // The server is still holding its answer: the call can only end because it honoured the cancellation.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            Assert.False(release.IsSet);
            Assert.Equal(1, Volatile.Read(ref received)); // a cancelled call is not retried (the call has returned: no retry can follow)
        }
        finally
        {
            release.Set();
        }
    }

    [Theory]
    [InlineData("text/html", "<html><body>502 Bad Gateway</body></html>", 502, typeof(RoomProviderUnavailableException))]
    [InlineData("application/json", "{not json", 500, typeof(RoomProviderUnavailableException))]
    [InlineData("text/plain", "", 503, typeof(RoomProviderUnavailableException))]
    public async Task Odd_error_bodies_still_give_typed_exceptions(string contentType, string body, int status, Type expected)
    {
        await using var host = new WherebyTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/m1"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body));

        var error = await Assert.ThrowsAsync(expected, () => host.Rooms.GetRoomAsync("m1", TestContext.Current.CancellationToken));
        Assert.Equal((HttpStatusCode)status, ((RoomServiceException)error).StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("<html>ok</html>")]
    [InlineData("{\"unexpected\":true}")]
    public async Task Unreadable_success_bodies_give_a_room_service_exception(string body)
    {
        await using var host = new WherebyTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/m1"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => host.Rooms.GetRoomAsync("m1", TestContext.Current.CancellationToken));
        Assert.Equal("whereby", error.Provider);
    }

    [Fact]
    public async Task A_refused_connection_is_reported_as_unavailable()
    {
        await using var host = new WherebyTestHost(configure: o => o.BaseAddress = new Uri("http://127.0.0.1:9/v1/"));
        var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => host.Rooms.GetRoomAsync("m1", TestContext.Current.CancellationToken));
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal("whereby", error.Provider);
    }
}
