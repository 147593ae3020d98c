using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Testing.Zoom;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Zoom.Tests;

/// <summary>Server-to-Server OAuth: the token request, its cache, renewal, single flight, renewal on 401, rotation and typed errors.</summary>
public sealed class ZoomTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static void StubGet(ZoomTestHost host, long id = 42) =>
        host.Server.Given(Request.Create().UsingGet().WithPath($"/v2/meetings/{id}"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(id: id)));

    [Fact]
    public async Task The_token_request_is_the_account_credentials_grant_with_basic_client_credentials()
    {
        await using var host = new ZoomTestHost();
        StubGet(host);

        await host.Rooms.GetRoomAsync("42", TestContext.Current.CancellationToken);

        var token = Assert.Single(host.TokenRequests).RequestMessage!;
        Assert.Equal("POST", token.Method);
        Assert.Equal("/oauth/token", token.Path);
        Assert.Equal("account_credentials", token.Query!["grant_type"].Single());
        Assert.Equal(ZoomTestHost.AccountId, token.Query!["account_id"].Single());
        Assert.Equal(host.BasicCredentials, token.Headers!["Authorization"].Single());
        Assert.Equal($"Bearer {host.Token}", host.SingleRequest().RequestMessage!.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task One_token_serves_every_call_until_shortly_before_it_expires()
    {
        var time = new FakeTimeProvider(Now);
        await using var host = new ZoomTestHost(services: s => s.AddSingleton<TimeProvider>(time));
        StubGet(host);
        var ct = TestContext.Current.CancellationToken;

        for (var i = 0; i < 5; i++)
        {
            await host.Rooms.GetRoomAsync("42", ct);
        }

        Assert.Single(host.TokenRequests);
        time.Advance(TimeSpan.FromMinutes(58)); // expires_in 3600: still more than the one-minute margin left
        await host.Rooms.GetRoomAsync("42", ct);
        Assert.Single(host.TokenRequests);
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1)); // inside the margin: renewed before Zoom refuses it
        await host.Rooms.GetRoomAsync("42", ct);
        Assert.Equal(2, host.TokenRequests.Count);
        Assert.Equal(2, host.Tokens.TokenRequestCount);
        Assert.Equal(7, host.Requests.Count);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = new ZoomTestHost(stubToken: false);
        var token = host.Token;
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).RespondWith(Response.Create().WithCallback(_ =>
        {
            arrived.TrySetResult();
            release.Task.Wait(TestContext.Current.CancellationToken); // holds the token request until every caller waits on it
            return new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData { BodyAsString = $$"""{"access_token":"{{token}}","token_type":"bearer","expires_in":3600}""", DetectedBodyType = WireMock.Types.BodyType.String },
            };
        }));
        StubGet(host);
        var ct = TestContext.Current.CancellationToken;

        var calls = Enumerable.Range(0, 50).Select(_ => host.Rooms.GetRoomAsync("42", ct)).ToList();
        await arrived.Task.WaitAsync(ct);
        Assert.All(calls, c => Assert.False(c.IsCompleted));
        release.SetResult();
        await Task.WhenAll(calls);

        Assert.Single(host.TokenRequests);
        Assert.Equal(50, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.Equal($"Bearer {token}", r.RequestMessage!.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task A_caller_that_cancels_stops_waiting_without_cancelling_the_shared_token_request()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = new ZoomTestHost(stubToken: false);
        var token = host.Token;
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).RespondWith(Response.Create().WithCallback(_ =>
        {
            arrived.TrySetResult();
            release.Task.Wait(TestContext.Current.CancellationToken);
            return new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData { BodyAsString = $$"""{"access_token":"{{token}}","token_type":"bearer","expires_in":3600}""", DetectedBodyType = WireMock.Types.BodyType.String },
            };
        }));
        StubGet(host);
        var ct = TestContext.Current.CancellationToken;
        using var impatient = new CancellationTokenSource();

        var cancelled = host.Rooms.GetRoomAsync("42", impatient.Token);
        var patient = host.Rooms.GetRoomAsync("42", ct);
        await arrived.Task.WaitAsync(ct);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        release.SetResult();
        var room = await patient;

        Assert.Equal("42", room.Id);
        Assert.Single(host.TokenRequests);
        Assert.Single(host.Requests); // the cancelled call never reached the API
    }

    [Fact]
    public async Task A_refused_token_is_renewed_once_and_the_same_request_sent_again_even_a_create()
    {
        await using var host = new ZoomTestHost(stubToken: false);
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).InScenario("tokens").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"access_token":"eyJold","token_type":"bearer","expires_in":3600}"""));
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).InScenario("tokens").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"access_token":"eyJnew","token_type":"bearer","expires_in":3600}"""));
        host.Server.Given(Request.Create().UsingPost().WithPath("/v2/users/me/meetings").WithHeader("Authorization", "Bearer eyJold"))
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody("""{"code":124,"message":"Invalid access token."}"""));
        host.Server.Given(Request.Create().UsingPost().WithPath("/v2/users/me/meetings").WithHeader("Authorization", "Bearer eyJnew"))
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting()));

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Once" }, TestContext.Current.CancellationToken);

        Assert.Equal("85123456789", room.Id);
        Assert.Equal(2, host.TokenRequests.Count);
        var sent = host.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(["Bearer eyJold", "Bearer eyJnew"], sent.Select(r => r.Headers!["Authorization"].Single()));
        Assert.Equal(sent[0].Body, sent[1].Body); // the same create, once refused, once acted on
        Assert.Contains("\"topic\":\"Once\"", sent[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_refusal_is_an_authentication_error_after_exactly_one_renewal()
    {
        await using var host = new ZoomTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody("""{"code":124,"message":"Invalid access token."}"""));

        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("124", error.ErrorCode);
        Assert.Equal(2, host.TokenRequests.Count); // the stub answers the same token: it is asked once more, then the call fails
        Assert.Single(host.Requests); // the same token would get the same answer: not resent
        Assert.DoesNotContain(host.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.ClientSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_124_under_a_403_also_renews_the_token()
    {
        await using var host = new ZoomTestHost(stubToken: false);
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).InScenario("t").WillSetStateTo("2")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"access_token":"eyJa","expires_in":3600}"""));
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).InScenario("t").WhenStateIs("2")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"access_token":"eyJb","expires_in":3600}"""));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/42").WithHeader("Authorization", "Bearer eyJa"))
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json").WithBody("""{"code":124,"message":"Invalid access token."}"""));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/42").WithHeader("Authorization", "Bearer eyJb"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(id: 42)));

        Assert.Equal("42", (await host.Rooms.GetRoomAsync("42", TestContext.Current.CancellationToken)).Id);
        Assert.Equal(2, host.Requests.Count);
    }

    [Theory]
    [InlineData(400, """{"reason":"Invalid client_id or client_secret","error":"invalid_client"}""", typeof(RoomAuthenticationException))]
    [InlineData(401, """{"reason":"Invalid client_id or client_secret","error":"invalid_client"}""", typeof(RoomAuthenticationException))]
    [InlineData(400, """{"reason":"unsupported grant type","error":"unsupported_grant_type"}""", typeof(RoomAuthenticationException))]
    [InlineData(404, "<html>not here</html>", typeof(RoomAuthenticationException))]
    [InlineData(429, """{"code":429,"message":"Too many requests"}""", typeof(RoomRateLimitedException))]
    [InlineData(500, """{"code":500,"message":"oops"}""", typeof(RoomProviderUnavailableException))]
    public async Task Token_endpoint_errors_are_typed_and_secret_free(int status, string body, Type expected)
    {
        await using var host = new ZoomTestHost(stubToken: false);
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", body.StartsWith('{') ? "application/json" : "text/html").WithHeader("Retry-After", "0").WithBody(body));

        var error = await Assert.ThrowsAsync(expected, () => host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));

        var typed = Assert.IsAssignableFrom<RoomServiceException>(error);
        Assert.Equal("zoom", typed.Provider);
        Assert.Equal((HttpStatusCode)status, typed.StatusCode);
        Assert.Empty(host.Requests); // nothing reached the API
        Assert.DoesNotContain(host.ClientSecret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.BasicCredentials[6..], error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"token_type":"bearer","expires_in":3600}""")]
    [InlineData("""{"access_token":"","expires_in":3600}""")]
    [InlineData("""{"access_token":"eyJ bad\r\nX-Evil: 1","expires_in":3600}""")]
    [InlineData("""{"access_token":"eyJok","token_type":"mac","expires_in":3600}""")]
    [InlineData("""{}""")]
    public async Task An_unusable_token_answer_is_an_authentication_error_and_nothing_is_sent(string body)
    {
        await using var host = new ZoomTestHost(stubToken: false);
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.GetRoomAsync("42", TestContext.Current.CancellationToken));

        Assert.Contains("token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_failed_token_request_is_not_cached_and_a_tiny_lifetime_is_clamped()
    {
        var time = new FakeTimeProvider(Now);
        await using var host = new ZoomTestHost(stubToken: false, services: s => s.AddSingleton<TimeProvider>(time));
        var answered = 0;
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).RespondWith(Response.Create().WithCallback(_ =>
        {
            var first = Interlocked.Increment(ref answered) == 1;
            return new WireMock.ResponseMessage
            {
                StatusCode = first ? 400 : 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    BodyAsString = first ? """{"reason":"Invalid client_id or client_secret","error":"invalid_client"}""" : """{"access_token":"eyJshort","expires_in":0}""",
                    DetectedBodyType = WireMock.Types.BodyType.String,
                },
            };
        }));
        StubGet(host);
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.GetRoomAsync("42", ct));
        await host.Rooms.GetRoomAsync("42", ct); // the failure was not cached: asked again
        await host.Rooms.GetRoomAsync("42", ct); // expires_in 0 is held as 30 s, less a fifth: not a token request per call
        Assert.Equal(2, host.TokenRequests.Count);
        time.Advance(TimeSpan.FromSeconds(25));
        await host.Rooms.GetRoomAsync("42", ct);
        Assert.Equal(3, host.TokenRequests.Count);
        Assert.Equal(3, host.Requests.Count);
    }

    [Fact]
    public async Task Rotated_credentials_get_a_new_token_and_an_old_token_is_never_used_with_them()
    {
        using var simulator = new ZoomSimulator();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoomClients:zoom:AccountId"] = simulator.AccountId,
            ["RoomClients:zoom:ClientId"] = simulator.ClientId,
            ["RoomClients:zoom:ClientSecret"] = simulator.ClientSecret,
            ["RoomClients:zoom:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["RoomClients:zoom:OAuthBaseAddress"] = simulator.OAuthBaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRoomClients(rooms => rooms.AddZoom());
        await using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();
        var ct = TestContext.Current.CancellationToken;

        var room = await rooms.CreateRoomAsync(new CreateRoomRequest(), ct);
        Assert.Equal(1, simulator.TokenRequestCount);
        configuration["RoomClients:zoom:UserId"] = "me"; // an unrelated reload keeps the token
        configuration.Reload();
        await rooms.GetRoomAsync(room.Id, ct);
        Assert.Equal(1, simulator.TokenRequestCount);

        configuration["RoomClients:zoom:ClientSecret"] = "rotated-away-" + Guid.NewGuid().ToString("N");
        configuration.Reload();
        await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.GetRoomAsync(room.Id, ct));
        Assert.Equal(2, simulator.TokenRequestCount);

        configuration["RoomClients:zoom:ClientSecret"] = simulator.ClientSecret;
        configuration.Reload();
        Assert.Equal(room.Id, (await rooms.GetRoomAsync(room.Id, ct)).Id);
        Assert.Equal(3, simulator.TokenRequestCount);
    }

    [Fact]
    public async Task When_a_new_token_invalidates_older_ones_two_instances_recover_by_renewing_once()
    {
        // Zoom's 2022 behaviour (forum 72070, 74432): each instance's new token kills the other's; the SDK renews on 401/124.
        using var simulator = new ZoomSimulator { NewTokenInvalidatesOlder = true };
        ServiceProvider Build()
        {
            var services = new ServiceCollection();
            services.AddRoomClients(r => r.AddZoom(o =>
            {
                o.AccountId = simulator.AccountId;
                o.ClientId = simulator.ClientId;
                o.ClientSecret = simulator.ClientSecret;
                o.BaseAddress = simulator.BaseAddress;
                o.OAuthBaseAddress = simulator.OAuthBaseAddress;
            }));
            return services.BuildServiceProvider();
        }

        await using var first = Build();
        await using var second = Build();
        var ct = TestContext.Current.CancellationToken;
        var a = first.GetRequiredService<IRoomService>();
        var b = second.GetRequiredService<IRoomService>();

        var room = await a.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, ct);
        await b.GetRoomAsync(room.Id, ct); // b's token invalidates a's
        Assert.Equal(room.Id, (await a.GetRoomAsync(room.Id, ct)).Id); // a: 401 code 124, one renewal, the same GET again
        Assert.Equal(3, simulator.TokenRequestCount);
        Assert.Equal(1, simulator.CreatedCount);
    }

    [Fact]
    public async Task A_token_endpoint_that_echoes_the_secret_and_an_api_that_echoes_the_token_leak_neither()
    {
        var webhookSecret = "hook-" + Guid.NewGuid().ToString("N"); // held by the registration, never sent: only the declared secrets cover it
        await using var host = new ZoomTestHost(o => o.WebhookSecretToken = webhookSecret, stubToken: false);
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).InScenario("echo").WillSetStateTo("issued")
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"reason":"Invalid client_secret {{host.ClientSecret}} for {{host.BasicCredentials}}","error":"invalid_client"}"""));
        host.OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token")).InScenario("echo").WhenStateIs("issued")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"access_token":"{{host.Token}}","expires_in":3600}"""));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/42"))
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", host.Token)
                .WithBody($$"""{"code":300,"message":"Bad request for token {{host.Token}} (webhook secret {{webhookSecret}})"}"""));
        var ct = TestContext.Current.CancellationToken;

        var refused = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.GetRoomAsync("42", ct));
        var echoed = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.GetRoomAsync("42", ct));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("300", echoed.ErrorCode);
        foreach (var text in new[] { refused.ToString(), refused.ProviderMessage ?? string.Empty, echoed.ToString(), echoed.ProviderMessage ?? string.Empty, echoed.RequestId ?? string.Empty })
        {
            Assert.DoesNotContain(host.ClientSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(host.BasicCredentials[6..], text, StringComparison.Ordinal);
            Assert.DoesNotContain(host.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(webhookSecret, text, StringComparison.Ordinal);
        }

        Assert.Single(host.Requests); // the echoing 400 is not a refused token: not renewed, not resent
    }
}
