using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using RoomClients.Http;
using RoomClients.Tests.Shared;

namespace RoomClients.Resilience.Tests;

/// <summary>
/// Issue 13, the shared pipeline, for all four providers against a raw socket server that misbehaves: bodies that never
/// end, redirects, cancellation in every phase, echoed credentials, the concurrency limit and long Retry-After answers.
/// No test waits for time to pass: each waits for the server's signal or for the SDK's own timeout to end the call.
/// </summary>
public sealed class HostileNetworkTests
{
    /// <summary>An upper bound for a test that hangs on a broken build; never reached when the SDK behaves.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Providers => new(ProviderProfile.All.Select(p => p.Name));

    public enum Body { Trickle, EndlessChunked, ShorterThanContentLength, StalledErrorBody, CutMidway, DeclaredTooLarge, ChunkedTooLarge }

    public static TheoryData<string, Body> ProvidersAndBodies
    {
        get
        {
            var data = new TheoryData<string, Body>();
            foreach (var provider in ProviderProfile.All)
            {
                foreach (var body in Enum.GetValues<Body>())
                {
                    data.Add(provider.Name, body);
                }
            }

            return data;
        }
    }

    private static ProviderProfile Provider(string name) => ProviderProfile.All.Single(p => p.Name == name);

    private static ServiceProvider Build(
        ProviderProfile provider,
        Uri root,
        Action<HttpStandardResilienceOptions>? resilience = null,
        Action<IServiceCollection>? services = null,
        Action<RoomClientsHttpOptions>? http = null)
    {
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var rooms = collection.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.Delay = TimeSpan.Zero;
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            o.CircuitBreaker.MinimumThroughput = 1000;
            resilience?.Invoke(o);
        });
        if (http is not null)
        {
            rooms.ConfigureHttp((_, o) => http(o));
        }

        provider.Register(rooms, root);
        return collection.BuildServiceProvider();
    }

    private static async Task Script(Body body, HostileResponse response)
    {
        switch (body)
        {
            case Body.Trickle:
                await response.HeadAsync(200, ("Content-Type", "application/json"), ("Content-Length", "1000000"));
                await response.TrickleForeverAsync();
                break;
            case Body.EndlessChunked:
                await response.HeadAsync(200, ("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"));
                await response.EndlessChunksAsync();
                break;
            case Body.ShorterThanContentLength:
                await response.HeadAsync(200, ("Content-Type", "application/json"), ("Content-Length", "100000"));
                await response.WriteAsync("{\"id\":\"room-1\"");
                await response.StallAsync();
                break;
            case Body.StalledErrorBody:
                await response.HeadAsync(500, ("Content-Type", "application/json"), ("Content-Length", "5000"));
                await response.WriteAsync("{\"error\":\"in");
                await response.StallAsync();
                break;
            case Body.CutMidway:
                await response.HeadAsync(200, ("Content-Type", "application/json"), ("Content-Length", "5000"));
                await response.WriteAsync("{\"id\":\"room-1\",\"na");
                response.Close();
                break;
            case Body.DeclaredTooLarge:
                await response.HeadAsync(200, ("Content-Type", "application/json"), ("Content-Length", (64L * 1024 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                await response.StallAsync();
                break;
            case Body.ChunkedTooLarge:
                await response.HeadAsync(404, ("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"));
                await response.EndlessChunksAsync();
                break;
        }
    }

    // ---- item 1: every answer read whole inside the attempt timeout, with a cap -------------------------------------

    [Theory]
    [MemberData(nameof(ProvidersAndBodies))]
    public async Task A_broken_body_ends_in_a_typed_error_within_the_attempt_timeout(string name, Body body)
    {
        var provider = Provider(name);
        using var server = new HostileServer((_, response) => Script(body, response));
        await using var services = Build(provider, server.Url, resilience: o => o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1), http: o => o.MaxResponseBodySize = 256 * 1024);
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);
        var ct = TestContext.Current.CancellationToken;

        var create = await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.CreateRoomAsync(provider.NewRoom(), ct).WaitAsync(Hang, ct));
        var get = await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.GetRoomAsync("room-1", ct).WaitAsync(Hang, ct));

        foreach (var error in new[] { create, get })
        {
            Assert.IsType<RoomProviderUnavailableException>(error);
            Assert.Equal(name, error.Provider);
            Assert.False(((RoomProviderUnavailableException)error).RequestNotProcessed); // the provider had the request
            if (body is Body.DeclaredTooLarge or Body.EndlessChunked or Body.ChunkedTooLarge)
            {
                Assert.Contains("larger than the 262144-byte limit", error.Message, StringComparison.Ordinal);
            }
        }

        var creates = server.Requests.Count(r => r.Method == "POST");
        Assert.Equal(1, creates); // a create whose answer broke is never sent again
        Assert.Contains(server.Requests, r => r.Method == "GET" && r.Target.Contains("room-1", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_gzip_bomb_hits_the_cap_on_decompressed_bytes(string name)
    {
        var provider = Provider(name);
        var bomb = new MemoryStream();
        await using (var gzip = new GZipStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 16; i++)
            {
                gzip.Write(zeros); // 16 MiB of zeros in a few KiB
            }
        }

        var compressed = bomb.ToArray();
        using var server = new HostileServer(async (_, response) =>
        {
            await response.HeadAsync(200, ("Content-Type", "application/json"), ("Content-Encoding", "gzip"), ("Content-Length", compressed.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await response.WriteAsync(compressed);
        });
        await using var services = Build(provider, server.Url, services: s => s.ConfigureHttpClientDefaults(b =>
            b.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })));
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.GetRoomAsync("room-1", ct).WaitAsync(Hang, ct));

        Assert.True(compressed.Length < 1024 * 1024, $"the bomb is {compressed.Length} bytes on the wire");
        Assert.Contains($"larger than the {RoomClientsHttpOptions.DefaultMaxResponseBodySize}-byte limit", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("gzip", server.Requests[0].Header("Accept-Encoding") ?? string.Empty, StringComparison.Ordinal);
    }

    // ---- item 8: no redirect followed ----------------------------------------------------------------------------

    public static TheoryData<string, int, bool> Redirects
    {
        get
        {
            var data = new TheoryData<string, int, bool>();
            foreach (var provider in ProviderProfile.All)
            {
                foreach (var status in new[] { 301, 302, 303, 307, 308 })
                {
                    data.Add(provider.Name, status, false);
                }

                data.Add(provider.Name, 307, true); // the app configured its own primary handler, which follows redirects
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Redirects))]
    public async Task A_redirect_is_a_typed_error_naming_its_target_and_nothing_reaches_the_target(string name, int status, bool ownPrimaryHandler)
    {
        var provider = Provider(name);
        using var stranger = new HostileServer((_, response) => response.CompleteAsync(201, "{\"id\":\"stolen\",\"meetingId\":\"stolen\",\"roomName\":\"stolen\"}"));
        using var server = new HostileServer((request, response) =>
            response.CompleteAsync(status, string.Empty, "text/plain", ("Location", new Uri(stranger.Url, request.Target.TrimStart('/')).ToString())));
        await using var services = Build(provider, server.Url, services: ownPrimaryHandler
            ? s => s.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = true }))
            : null);
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);
        var ct = TestContext.Current.CancellationToken;

        var create = await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.CreateRoomAsync(provider.NewRoom(), ct));
        var get = await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.GetRoomAsync("room-1", ct));

        foreach (var error in new[] { create, get })
        {
            Assert.Equal((HttpStatusCode)status, error.StatusCode);
            Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
            Assert.Contains(stranger.Url.Authority, error.Message, StringComparison.Ordinal);
            Assert.Equal(name, error.Provider);
        }

        Assert.Empty(stranger.Requests); // neither the body nor the credentials went to the other host
        Assert.Single(server.Requests, r => r.Method == "POST");
    }

    // ---- item 2: the caller's cancellation in every phase ------------------------------------------------------------

    public enum Phase { Headers, SuccessBody, ErrorBody, RetryDelay }

    public static TheoryData<string, Phase> ProvidersAndPhases
    {
        get
        {
            var data = new TheoryData<string, Phase>();
            foreach (var provider in ProviderProfile.All)
            {
                foreach (var phase in Enum.GetValues<Phase>())
                {
                    data.Add(provider.Name, phase);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProvidersAndPhases))]
    public async Task The_callers_cancellation_ends_the_call_in_every_phase_as_OperationCanceledException(string name, Phase phase)
    {
        var provider = Provider(name);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var server = new HostileServer(async (_, response) =>
        {
            switch (phase)
            {
                case Phase.Headers:
                    answered.TrySetResult();
                    break;
                case Phase.SuccessBody:
                    await response.HeadAsync(200, ("Content-Type", "application/json"), ("Content-Length", "4000"));
                    await response.WriteAsync("{\"id\":");
                    answered.TrySetResult();
                    break;
                case Phase.ErrorBody:
                    await response.HeadAsync(500, ("Content-Type", "application/json"), ("Content-Length", "4000"));
                    await response.WriteAsync("{\"error\":");
                    answered.TrySetResult();
                    break;
                case Phase.RetryDelay:
                    await response.CompleteAsync(503, "{\"error\":\"busy\"}", "application/json", ("Retry-After", "600"));
                    answered.TrySetResult();
                    return;
            }

            await response.StallAsync();
        });

        // Timeouts far beyond the test: only the caller's token can end these calls.
        await using var services = Build(provider, server.Url, resilience: o =>
        {
            o.Retry.MaxRetryAttempts = 3;
            o.AttemptTimeout.Timeout = TimeSpan.FromHours(1);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromHours(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromHours(2);
        });
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var call = rooms.GetRoomAsync("room-1", cts.Token);
        await answered.Task.WaitAsync(Hang, TestContext.Current.CancellationToken); // the server is in the phase

        await cts.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Hang, TestContext.Current.CancellationToken));
        Assert.IsNotType<TimeoutException>(error);
        Assert.Single(server.Requests); // nothing sent again after the cancellation
        Assert.Equal("GET", server.Requests[0].Method);
    }

    // ---- item 4: no secret in anything the SDK writes -------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Credentials_echoed_by_the_server_appear_nowhere(string name)
    {
        var provider = Provider(name);
        var sentAuthorization = new ConcurrentQueue<string>();
        using var server = new HostileServer((request, response) =>
        {
            var authorization = request.Header("Authorization") ?? string.Empty;
            sentAuthorization.Enqueue(authorization);
            var echoes = new List<string> { authorization };
            var parameter = authorization.Contains(' ', StringComparison.Ordinal) ? authorization[(authorization.IndexOf(' ', StringComparison.Ordinal) + 1)..] : authorization;
            echoes.Add(parameter);
            echoes.AddRange(parameter.Split('.')); // a JWT's parts, the signature alone
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                echoes.Add(decoded);
                echoes.AddRange(decoded.Split(':'));
            }
            catch (FormatException)
            {
            }

            echoes.AddRange(provider.Secrets);
            var text = string.Join(" | ", echoes.Where(e => e.Length > 0)) + "\r\nWARN forged log line";
            var padded = new string('p', 490) + provider.Secrets[0]; // a secret across the message's truncation point
            var body = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["error"] = text,
                ["message"] = text,
                ["desc"] = text,
                ["detail"] = padded,
                ["title"] = text,
                ["result"] = 1,
                ["code"] = parameter,
            });
            return response.CompleteAsync(401, body, "application/json", ("X-Request-Id", parameter));
        });
        var lines = new ConcurrentQueue<string>();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name.StartsWith("RoomClients", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var services = Build(provider, server.Url, services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(lines))));
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);
        var ct = TestContext.Current.CancellationToken;

        var errors = new List<RoomServiceException>
        {
            await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.GetRoomAsync("room-1", ct)),
            await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.CreateRoomAsync(provider.NewRoom(), ct)),
            await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.DeleteRoomAsync("room-1", ct)),
        };

        Assert.NotEmpty(sentAuthorization);
        var secrets = new List<string>(provider.Secrets);
        foreach (var authorization in sentAuthorization.Distinct())
        {
            var parameter = authorization[(authorization.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            secrets.Add(parameter);
            secrets.AddRange(parameter.Split('.').Where(p => p.Length >= 16));
            if (authorization.StartsWith("Basic ", StringComparison.Ordinal))
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                secrets.Add(decoded);
                secrets.AddRange(decoded.Split(':'));
            }
        }

        var texts = new List<(string Where, string Text)>();
        foreach (var error in errors)
        {
            Assert.Equal(name, error.Provider);
            Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
            texts.Add(("exception", error.ToString()));
            texts.Add(("ProviderMessage", error.ProviderMessage ?? string.Empty));
            texts.Add(("ErrorCode", error.ErrorCode ?? string.Empty));
            texts.Add(("RequestId", error.RequestId ?? string.Empty));
        }

        Assert.NotEmpty(spans);
        foreach (var span in spans)
        {
            texts.Add(("span status", span.StatusDescription ?? string.Empty));
            texts.AddRange(span.Tags.Select(t => ("span tag", t.Value ?? string.Empty)));
            texts.AddRange(span.Events.Select(e => ("span event", e.Name)));
        }

        var warnings = lines.Where(l => l.Contains("failed with", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(warnings); // the failures were logged
        texts.AddRange(lines.Select(l => ("log", l)));
        foreach (var (where, text) in texts)
        {
            foreach (var secret in secrets.Where(s => s.Length >= 4).Distinct())
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} contains a secret: {text}");
            }
        }

        foreach (var warning in warnings)
        {
            Assert.DoesNotContain("\r\nWARN", warning, StringComparison.Ordinal); // provider text cannot forge a log line
            Assert.DoesNotContain('\n', warning);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_room_id_with_line_breaks_is_refused_and_logged_escaped(string name)
    {
        var provider = Provider(name);
        using var server = new HostileServer((_, response) => response.CompleteAsync(404, "{}"));
        var lines = new ConcurrentQueue<string>();
        await using var services = Build(provider, server.Url, services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(lines))));
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);

        await Assert.ThrowsAsync<RoomValidationException>(() => rooms.GetRoomAsync("room-1\r\nINFO forged: admin logged in", TestContext.Current.CancellationToken));

        Assert.Empty(server.Requests); // refused before sending
        var logged = Assert.Single(lines, l => l.Contains("room-1", StringComparison.Ordinal));
        Assert.Contains("room-1\\r\\nINFO forged", logged, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', logged);
    }

    // ---- item 5: the concurrency limiter -------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_call_past_the_concurrency_limit_is_a_typed_rejection_that_was_not_sent(string name)
    {
        var provider = Provider(name);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var server = new HostileServer(async (_, response) =>
        {
            await release.Task.WaitAsync(Hang);
            await response.CompleteAsync(404, "{\"error\":\"not found\",\"message\":\"not found\"}");
        });
        await using var services = Build(provider, server.Url, resilience: o =>
        {
            o.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 1;
            o.AttemptTimeout.Timeout = TimeSpan.FromHours(1);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromHours(2);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromHours(2);
        });
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);
        var ct = TestContext.Current.CancellationToken;

        var first = rooms.GetRoomAsync("room-1", ct);
        await server.FirstRequest.WaitAsync(Hang, ct); // the one permit is taken
        var rejected = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.CreateRoomAsync(provider.NewRoom(), ct));
        release.TrySetResult();
        await Assert.ThrowsAnyAsync<RoomServiceException>(() => first.WaitAsync(Hang, ct));

        Assert.True(rejected.RequestNotProcessed);
        Assert.Equal(name, rejected.Provider);
        Assert.Contains("limit on concurrent calls", rejected.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests); // the rejected create never reached the server
        Assert.Equal("GET", server.Requests[0].Method);
    }

    // ---- item 6: Retry-After against the remaining budget ---------------------------------------------------------

    [Fact]
    public async Task A_Retry_After_longer_than_the_remaining_total_timeout_is_a_rate_limited_answer()
    {
        // First answer: Retry-After 1 (fits, waited for). Second: Retry-After 9, shorter than the 9.5 s total timeout but
        // longer than what is left of it after the first wait, so the call ends at once as rate limited.
        await Task.WhenAll(ProviderProfile.All.Select(async provider =>
        {
            var count = 0;
            using var server = new HostileServer((_, response) =>
                response.CompleteAsync(429, "{\"error\":\"slow down\",\"message\":\"slow down\"}", "application/json", ("Retry-After", Interlocked.Increment(ref count) == 1 ? "1" : "9")));
            await using var services = Build(provider, server.Url, resilience: o =>
            {
                o.Retry.MaxRetryAttempts = 3;
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(9.5);
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(9);
            });
            var rooms = services.GetRequiredKeyedService<IRoomService>(provider.Name);

            var error = await Assert.ThrowsAsync<RoomRateLimitedException>(() => rooms.CreateRoomAsync(provider.NewRoom(), TestContext.Current.CancellationToken));

            Assert.Equal(TimeSpan.FromSeconds(9), error.RetryAfter);
            Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Equal(provider.Name, error.Provider);
            Assert.Equal(2, server.Requests.Count);
        }));
    }

    [Fact]
    public async Task A_total_timeout_while_waiting_to_retry_a_throttle_gives_the_throttled_answer()
    {
        // 429 without Retry-After and a back-off far longer than the total timeout: the total timeout fires in the wait.
        await Task.WhenAll(ProviderProfile.All.Select(async provider =>
        {
            using var server = new HostileServer((_, response) =>
                response.CompleteAsync(429, "{\"error\":\"slow down\",\"message\":\"slow down\"}"));
            await using var services = Build(provider, server.Url, resilience: o =>
            {
                o.Retry.MaxRetryAttempts = 3;
                o.Retry.Delay = TimeSpan.FromHours(1);
                o.Retry.UseJitter = false;
                o.Retry.BackoffType = Polly.DelayBackoffType.Constant;
                o.Retry.MaxDelay = TimeSpan.FromHours(1);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(10);
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
            });
            var rooms = services.GetRequiredKeyedService<IRoomService>(provider.Name);

            var error = await Assert.ThrowsAsync<RoomRateLimitedException>(() => rooms.GetRoomAsync("room-1", TestContext.Current.CancellationToken));

            Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Equal(provider.Name, error.Provider);
            Assert.Single(server.Requests);
        }));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_503_with_a_Retry_After_past_the_budget_is_not_waited_for_and_says_not_processed(string name)
    {
        var provider = Provider(name);
        using var server = new HostileServer((_, response) =>
            response.CompleteAsync(503, "{\"error\":\"maintenance\",\"message\":\"maintenance\"}", "application/json", ("Retry-After", "3600")));
        await using var services = Build(provider, server.Url, resilience: o => o.Retry.MaxRetryAttempts = 3);
        var rooms = services.GetRequiredKeyedService<IRoomService>(name);

        var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.CreateRoomAsync(provider.NewRoom(), TestContext.Current.CancellationToken));

        Assert.True(error.RequestNotProcessed);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(server.Requests);
    }

    internal sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {structured}");
            }
        }
    }
}
