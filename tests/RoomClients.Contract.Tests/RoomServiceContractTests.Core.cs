using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Http;
using RoomClients.Testing;
using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>
/// The core's behaviours, proved for every subject: the create-retry rule after a timeout, read retries, cancellation in
/// flight, odd, unreadable and huge bodies, a refused connection, keyed/default/factory resolution, credential rotation and
/// the shared API client after a reload. Faults are served by a <see cref="FaultProxy"/> in front of the first member's
/// simulator (its API only; a token endpoint stays direct); held requests are released by the test, never by time.
/// </summary>
public abstract partial class RoomServiceContractTests
{
    /// <summary>The attempt timeout of the timeout scenarios: it only has to outlast one ordinary answer on loopback; the held request outlasts it by construction.</summary>
    private static readonly TimeSpan HeldAttemptTimeout = TimeSpan.FromSeconds(5); // as long as the suites elsewhere give an ordinary answer on a loaded machine

    /// <summary>The subject with its first member's API behind <paramref name="proxy"/>.</summary>
    private Built BuildThrough(FaultProxy proxy, TimeSpan? attemptTimeout = null) => Build(
        edit: s => s[Key(Profile!, "BaseAddress")] = proxy.Through(new Uri(s[Key(Profile!, "BaseAddress")]!)).ToString(),
        more: attemptTimeout is { } timeout ? r => r.ConfigureResilience((_, o) => o.AttemptTimeout.Timeout = timeout) : null);

    /// <summary>Starts a proxy in front of the subject's server, builds the subject behind it and creates a room through it
    /// (so connections and any token are in place and only the scripted request is left).</summary>
    private async Task<(FaultProxy Proxy, Built Built, IRoomService Rooms, Room Room)> ThroughProxyAsync(TimeSpan? attemptTimeout = null)
    {
        RequireServer();
        var proxy = new FaultProxy(Simulator.Url);
        Owned.Add(proxy);
        var built = BuildThrough(proxy, attemptTimeout);
        var rooms = built.Rooms(ServiceKey);
        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), TestContext.Current.CancellationToken);
        return (proxy, built, rooms, room);
    }

    [Fact]
    public async Task A_create_is_not_retried_after_a_timeout_once_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        var (proxy, built, rooms, _) = await ThroughProxyAsync(HeldAttemptTimeout);
        await using var disposeBuilt = built;
        var before = proxy.RequestCount;
        var arrived = proxy.HoldNext(); // the server has the create and answers only when the test is over

        var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.CreateRoomAsync(NewRoomRequest(rooms), ct));

        await arrived.WaitAsync(ct); // it reached the server (the provider may have acted on it)...
        Assert.False(error.RequestNotProcessed);
        Assert.Equal(RoomProvider, error.Provider);
        Assert.Equal(1, proxy.RequestCount - before); // ...once: retries happen inside the call, which has returned
    }

    [Fact]
    public async Task A_create_throttled_with_retry_after_is_sent_again_and_creates_one_room()
    {
        var ct = TestContext.Current.CancellationToken;
        var (proxy, built, rooms, _) = await ThroughProxyAsync();
        await using var disposeBuilt = built;
        var before = proxy.RequestCount;
        proxy.AnswerNext(429, "application/json", ErrorBody(429), headers: new Dictionary<string, string> { ["Retry-After"] = "0" });

        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);

        Assert.Equal(RoomProvider, room.Provider);
        Assert.Equal(1 + RequestsPerCreate, proxy.RequestCount - before); // a 429 proves the provider did not act: the create is sent once more
    }

    [Fact]
    public async Task A_read_is_retried_after_a_timeout()
    {
        var ct = TestContext.Current.CancellationToken;
        var (proxy, built, rooms, room) = await ThroughProxyAsync(HeldAttemptTimeout);
        await using var disposeBuilt = built;
        var before = proxy.RequestCount;
        await rooms.GetRoomAsync(room.Id, ct);
        var perRead = proxy.RequestCount - before; // 1, or 2 where a read also mints a host link (Daily)
        before = proxy.RequestCount;
        var arrived = proxy.HoldNext(); // the first attempt is never answered in time: only its timeout ends it

        var fetched = await rooms.GetRoomAsync(room.Id, ct);

        await arrived.WaitAsync(ct);
        Assert.Equal(room.Id, fetched.Id);
        Assert.Equal(perRead + 1, proxy.RequestCount - before); // the held attempt timed out and the retry got the answer
    }

    [Fact]
    public async Task Cancellation_during_a_call_is_honoured_and_not_retried()
    {
        var ct = TestContext.Current.CancellationToken;
        var (proxy, built, rooms, room) = await ThroughProxyAsync();
        await using var disposeBuilt = built;
        var before = proxy.RequestCount;
        var arrived = proxy.HoldNext();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var call = rooms.GetRoomAsync(room.Id, cts.Token);
        await arrived.WaitAsync(ct); // wait for the event, not for time
        await cts.CancelAsync();

        // The server still holds its answer: the call can only end because it honoured the cancellation.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, proxy.RequestCount - before);
    }

    public static TheoryData<string, string, int, string> OddErrorBodies => new()
    {
        { "text/html", "<html><body>502 Bad Gateway</body></html>", 502, nameof(RoomProviderUnavailableException) },
        { "application/json", "{not json", 500, nameof(RoomProviderUnavailableException) },
        { "text/plain", "", 503, nameof(RoomProviderUnavailableException) },
        { "text/html", "<html><body>400 Bad Request</body></html>", 400, nameof(RoomValidationException) },
        { "application/json", "[1,2,3]", 401, nameof(RoomAuthenticationException) },
    };

    [Theory]
    [MemberData(nameof(OddErrorBodies))]
    public async Task Odd_error_bodies_still_give_typed_exceptions(string contentType, string body, int status, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var (proxy, built, rooms, room) = await ThroughProxyAsync();
        await using var disposeBuilt = built;
        proxy.AnswerNext(status, contentType, body, times: 10); // enough for every retry (and Zoom's one resend after a 401)

        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.GetRoomAsync(room.Id, ct));

        Assert.Equal(expected, error.GetType().Name);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(RoomProvider, error.Provider);
    }

    public static TheoryData<string> UnreadableSuccessBodies => ["{not json", "", "<html>ok</html>", "{\"unexpected\":true}", "null"];

    [Theory]
    [MemberData(nameof(UnreadableSuccessBodies))]
    public async Task Unreadable_success_bodies_give_a_room_service_exception(string body)
    {
        var ct = TestContext.Current.CancellationToken;
        var (proxy, built, rooms, room) = await ThroughProxyAsync();
        await using var disposeBuilt = built;
        proxy.AnswerNext(200, "application/json", body, times: 10);

        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.GetRoomAsync(room.Id, ct));

        Assert.Equal(RoomProvider, error.Provider);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(200)]
    public async Task A_huge_body_is_not_read_past_the_cap_and_gives_a_short_typed_error(int status)
    {
        var ct = TestContext.Current.CancellationToken;
        var (proxy, built, rooms, room) = await ThroughProxyAsync();
        await using var disposeBuilt = built;
        var huge = new string('x', (int)RoomClientsHttpOptions.DefaultMaxResponseBodySize + 1024);
        proxy.AnswerNext(status, "application/json", status == 200 ? $"{{\"x\":\"{huge}\"}}" : ErrorBody(status).Replace("simulated failure", huge, StringComparison.Ordinal), times: 10);

        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => rooms.GetRoomAsync(room.Id, ct));

        Assert.Equal(RoomProvider, error.Provider);
        Assert.True(error.ToString().Length < 16 * 1024, $"the error carries {error.ToString().Length} characters of a huge body");
    }

    [Fact]
    public async Task A_refused_connection_is_reported_as_unavailable_and_a_create_as_not_processed()
    {
        RequireServer();
        var ct = TestContext.Current.CancellationToken;
        var closed = ClosedLoopbackPort();
        await using var built = Build(edit: s => s[Key(Profile!, "BaseAddress")] = new UriBuilder(s[Key(Profile!, "BaseAddress")]!) { Port = closed }.Uri.ToString());
        var rooms = built.Rooms(ServiceKey);

        var read = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.GetRoomAsync(MissingRoomId, ct));
        Assert.Equal(RoomProvider, read.Provider);

        if (Others.Count == 0)
        {
            Assert.IsType<HttpRequestException>(read.InnerException);
            var create = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.CreateRoomAsync(NewRoomRequest(rooms), ct));
            Assert.True(create.RequestNotProcessed, "a refused connection proves the provider did not act");
        }
        else
        {
            var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct); // provably not processed: the next member takes it
            Assert.NotEqual(RoomProvider, room.Provider);
        }
    }

    /// <summary>A loopback port nothing listens on: bound, read, and released.</summary>
    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Keyed_default_and_factory_resolution_follow_the_registrations()
    {
        await using (var one = Build())
        {
            var factory = one.Services.GetRequiredService<IRoomServiceFactory>();
            Assert.Contains(ServiceKey, factory.Names);
            Assert.Equal(ServiceProvider, factory.GetRoomService(ServiceKey).Provider);
            Assert.Equal(ServiceProvider, one.Rooms(ServiceKey).Provider);
            var single = factory.Names.Count == 1;
            Assert.True(single || factory.DefaultName == ServiceKey, "the subject is the only registration or the one marked default");
            Assert.Equal(ServiceProvider, one.Services.GetRequiredService<IRoomService>().Provider);
            foreach (var profile in Profiles)
            {
                Assert.NotNull(one.Services.GetRequiredKeyedService(profile.ApiType, profile.Name)); // each provider's own API, by its name
                Assert.NotNull(one.Services.GetService(profile.ApiType)); // and unkeyed: it is the only registration of that provider
            }
        }

        await using (var two = Build(more: r => r.AddInMemory("other")))
        {
            var factory = two.Services.GetRequiredService<IRoomServiceFactory>();
            Assert.Contains(ServiceKey, factory.Names);
            Assert.Contains("other", factory.Names);
            Assert.Equal(RoomProviders.InMemory, factory.GetRoomService("other").Provider);
            if (factory.DefaultName is null)
            {
                Assert.Null(two.Services.GetService<IRoomService>()); // two registrations, none marked default: no guessing
            }

            var error = Assert.Throws<ArgumentException>(() => factory.GetRoomService("nope"));
            Assert.Contains(ServiceKey, error.Message, StringComparison.Ordinal);
            Assert.Contains("other", error.Message, StringComparison.Ordinal);
        }

        await using (var three = Build(more: r => r.AddInMemory("other").SetDefault()))
        {
            Assert.Equal("other", three.Services.GetRequiredService<IRoomServiceFactory>().DefaultName);
            Assert.Equal(RoomProviders.InMemory, three.Services.GetRequiredService<IRoomService>().Provider);
            Assert.Equal(ServiceProvider, three.Rooms(ServiceKey).Provider);
        }

        Action<RoomClientsBuilder> again = Profile is null ? r => r.AddInMemory() : r => Profile.Add(r);
        Assert.Throws<InvalidOperationException>(() => Build(more: again)); // the same name twice
    }

    [Fact]
    public async Task A_rotated_credential_takes_effect_on_the_next_call_without_a_restart()
    {
        RequireServer();
        var ct = TestContext.Current.CancellationToken;
        var right = Settings();
        await using var built = Build(validCredentials: false);
        var wrong = Profiles.ToDictionary(p => Key(p, p.CredentialSetting), p => built.Configuration[Key(p, p.CredentialSetting)]);
        var rooms = built.Rooms(ServiceKey); // resolved once: the rotation must reach a live instance

        await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.CreateRoomAsync(NewRoomRequest(rooms), ct));

        Rotate(built, wrong.Keys.ToDictionary(k => k, k => right[k]));
        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        Assert.Equal(RoomProvider, room.Provider);
        Assert.Equal(room.Id, (await rooms.GetRoomAsync(room.Id, ct)).Id);

        Rotate(built, wrong); // and back: nothing derived from the right credential (a cached token) outlives it
        await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.GetRoomAsync(room.Id, ct));
    }

    private static void Rotate(Built built, Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in settings)
        {
            built.Configuration[key] = value;
        }

        built.Configuration.Reload(); // what a file or secret-store source does when a credential changes
    }

    [Fact]
    public async Task A_request_body_is_sent_whole_with_its_length_never_chunked()
    {
        RequireServer();
        var before = Simulator.Server.LogEntries.Count;
        await Rooms.CreateRoomAsync(NewRoomRequest(Rooms), TestContext.Current.CancellationToken);

        var withBody = Simulator.Server.LogEntries.Skip(before).Select(e => e.RequestMessage!).Where(r => r.Method is "POST" or "PUT" or "PATCH").ToList();
        Assert.NotEmpty(withBody); // the create itself
        foreach (var request in withBody)
        {
            var headers = request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>();
            Assert.False(headers.ContainsKey("Transfer-Encoding"), $"{request.Method} {request.Path} was sent chunked");
            Assert.True(headers.TryGetValue("Content-Length", out var length), $"{request.Method} {request.Path} has no Content-Length");
            Assert.Equal((request.BodyAsBytes?.Length ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), length.Single());
        }
    }

    [Fact]
    public async Task The_api_client_is_shared_and_a_reloaded_base_address_applies_to_the_next_resolution()
    {
        RequireServer();
        var ct = TestContext.Current.CancellationToken;
        var profile = Profile!;
        await using var built = Build();
        var api = built.Services.GetRequiredKeyedService(profile.ApiType, profile.Name);
        Assert.Same(api, built.Services.GetRequiredKeyedService(profile.ApiType, profile.Name)); // one client per registration, not per resolution
        await built.Rooms(ServiceKey).CreateRoomAsync(NewRoomRequest(built.Rooms(ServiceKey)), ct);

        using var second = profile.StartSimulator();
        Rotate(built, SettingsOf(profile, second));
        var (first, before) = (Simulator.RequestCount, second.RequestCount);

        Assert.NotSame(api, built.Services.GetRequiredKeyedService(profile.ApiType, profile.Name));
        var rooms = built.Rooms(ServiceKey);
        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        Assert.Equal(RoomProvider, room.Provider);
        Assert.True(second.RequestCount - before >= RequestsPerCreate, "the create went to the reloaded base address");
        Assert.Equal(first, Simulator.RequestCount); // and nothing to the old one
    }
}
