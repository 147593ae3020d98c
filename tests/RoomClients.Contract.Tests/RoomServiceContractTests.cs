using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.DependencyInjection;
using RoomClients.Testing;

namespace RoomClients.Contract.Tests;

/// <summary>
/// Neutral scenarios every provider must pass against its simulator. Subclass once per provider: start the simulator,
/// register the provider against it, and (where needed) say how the provider words its errors.
/// </summary>
public abstract class RoomServiceContractTests : IAsyncLifetime
{
    private ServiceProvider? _services;
    private ProviderSimulator? _simulator;

    /// <summary>The registration name / provider name.</summary>
    protected abstract string ProviderName { get; }

    /// <summary>Starts the provider's simulator.</summary>
    protected abstract ProviderSimulator StartSimulator();

    /// <summary>Registers the provider against <paramref name="simulator"/>; with <paramref name="validCredentials"/> false, with credentials the simulator rejects.</summary>
    protected abstract void Register(RoomClientsBuilder rooms, ProviderSimulator simulator, bool validCredentials);

    /// <summary>The secret that must never appear in an exception (the API key, app key…).</summary>
    protected abstract string Secret(ProviderSimulator simulator);

    /// <summary>A body the provider might send with an error status.</summary>
    protected virtual string ErrorBody(int status) => "{\"error\":\"simulated failure\"}";

    protected ProviderSimulator Simulator => _simulator ?? throw new InvalidOperationException("not started");

    protected IRoomService Rooms => _services!.GetRequiredKeyedService<IRoomService>(ProviderName);

    public ValueTask InitializeAsync()
    {
        _simulator = StartSimulator();
        _services = Build(validCredentials: true);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _simulator?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected ServiceProvider Build(bool validCredentials)
    {
        var services = new ServiceCollection();
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        Register(rooms, Simulator, validCredentials);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>A request every provider can honour: an instant room ending in two hours.</summary>
    protected virtual CreateRoomRequest NewRoomRequest(IRoomService service) => new()
    {
        Kind = RoomKind.Instant,
        EndsAt = DateTimeOffset.UtcNow.AddHours(2),
        DisplayName = service.Capabilities.SupportsDisplayName ? "Contract room" : null,
    };

    [Fact]
    public async Task Create_get_list_delete_round_trip()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        Assert.Equal(ProviderName, rooms.Provider);

        var created = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        Assert.False(string.IsNullOrWhiteSpace(created.Id));
        Assert.Equal(ProviderName, created.Provider);
        Assert.True(created.JoinUrl.IsAbsoluteUri);
        if (rooms.Capabilities.HasHostUrl)
        {
            Assert.NotNull(created.HostUrl);
            Assert.NotEqual(created.JoinUrl, created.HostUrl);
        }

        Assert.NotNull(created.RawRepresentation);

        var fetched = await rooms.GetRoomAsync(created.Id, ct);
        Assert.Equal(created.Id, fetched.Id);
        Assert.Equal(created.JoinUrl, fetched.JoinUrl);

        var listed = new List<Room>();
        await foreach (var room in rooms.ListRoomsAsync(cancellationToken: ct))
        {
            listed.Add(room);
        }

        Assert.Contains(listed, r => r.Id == created.Id);

        await rooms.DeleteRoomAsync(created.Id, ct);
        var notFound = await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.GetRoomAsync(created.Id, ct));
        Assert.Equal(ProviderName, notFound.Provider);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task Listing_pages_lazily_and_sees_every_room()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var ids = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct)).Id);
        }

        var before = Simulator.RequestCount;
        var seen = new List<string>();
        await foreach (var room in rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, ct))
        {
            seen.Add(room.Id);
        }

        Assert.Superset(ids, seen.ToHashSet());
        var expectedRequests = rooms.Capabilities.ListsInPages ? 3 : 1;
        Assert.True(Simulator.RequestCount - before >= expectedRequests, $"5 rooms in pages of 2 need at least {expectedRequests} requests; saw {Simulator.RequestCount - before}.");

        before = Simulator.RequestCount;
        await foreach (var room in rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, ct))
        {
            Assert.NotNull(room);
            break;
        }

        Assert.Equal(1, Simulator.RequestCount - before);
    }

    [Fact]
    public async Task Update_changes_the_room_or_says_it_is_not_supported()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var created = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        var (update, verify) = NewUpdate();
        if (!rooms.Capabilities.CanUpdate)
        {
            var before = Simulator.RequestCount;
            await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.UpdateRoomAsync(created.Id, update, ct));
            Assert.Equal(before, Simulator.RequestCount);
            return;
        }

        var updated = await rooms.UpdateRoomAsync(created.Id, update, ct);
        Assert.Equal(created.Id, updated.Id);
        verify(await rooms.GetRoomAsync(created.Id, ct));
    }

    /// <summary>An update the provider can honour and a check of the fetched room; by default a new end five hours out.
    /// Providers whose rooms do not expire (Vectera) override it with a change they support.</summary>
    protected virtual (UpdateRoomRequest Request, Action<Room> Verify) NewUpdate()
    {
        var newEnd = DateTimeOffset.UtcNow.AddHours(5);
        return (new UpdateRoomRequest { EndsAt = newEnd }, fetched =>
        {
            Assert.NotNull(fetched.EndsAt);
            Assert.True((fetched.EndsAt.Value - newEnd).Duration() < TimeSpan.FromMinutes(1), $"EndsAt {fetched.EndsAt} should be about {newEnd}");
        });
    }

    [Fact]
    public async Task Unknown_room_is_not_found()
    {
        var ct = TestContext.Current.CancellationToken;
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => Rooms.GetRoomAsync("does-not-exist-42", ct));
        Assert.Equal(ProviderName, error.Provider);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("x?y=1")]
    [InlineData("x#y")]
    public async Task Bad_ids_are_rejected_before_sending(string id)
    {
        var ct = TestContext.Current.CancellationToken;
        var before = Simulator.RequestCount;
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => Rooms.GetRoomAsync(id, ct));
        Assert.Equal("roomId", error.Field);
        await Assert.ThrowsAsync<RoomValidationException>(() => Rooms.DeleteRoomAsync(id, ct));
        Assert.Equal(before, Simulator.RequestCount);
    }

    [Fact]
    public async Task Out_of_range_page_size_is_rejected_before_sending()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = Simulator.RequestCount;
        await Assert.ThrowsAsync<RoomValidationException>(async () =>
        {
            await foreach (var unused in Rooms.ListRoomsAsync(new RoomQuery { PageSize = 0 }, ct))
            {
            }
        });
        Assert.Equal(before, Simulator.RequestCount);
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_authentication_error_that_hides_the_secret()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = Build(validCredentials: false);
        var rooms = services.GetRequiredKeyedService<IRoomService>(ProviderName);
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.CreateRoomAsync(NewRoomRequest(rooms), ct));
        Assert.Equal(ProviderName, error.Provider);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain(Secret(Simulator), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_retried_then_succeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var created = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        Simulator.EnqueueFault(429, ErrorBody(429), times: 2, headers: new Dictionary<string, string> { ["Retry-After"] = "0" });
        var fetched = await rooms.GetRoomAsync(created.Id, ct);
        Assert.Equal(created.Id, fetched.Id);
    }

    [Fact]
    public async Task Persistent_rate_limit_surfaces_as_rate_limited_with_retry_after()
    {
        var ct = TestContext.Current.CancellationToken;
        Simulator.EnqueueFault(429, ErrorBody(429), times: 10, headers: new Dictionary<string, string> { ["Retry-After"] = "0" });
        var error = await Assert.ThrowsAsync<RoomRateLimitedException>(() => Rooms.GetRoomAsync("some-room", ct));
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Equal(ProviderName, error.Provider);
    }

    [Fact]
    public async Task Server_errors_on_reads_are_retried_and_then_reported_as_unavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        Simulator.EnqueueFault(503, ErrorBody(503), times: 10);
        var before = Simulator.RequestCount;
        var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => Rooms.GetRoomAsync("some-room", ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, Simulator.RequestCount - before); // 1 attempt + 3 retries
    }

    [Fact]
    public async Task Create_is_not_retried_after_a_server_error()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        Simulator.EnqueueFault(500, ErrorBody(500), times: 3);
        var before = Simulator.RequestCount;
        var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => rooms.CreateRoomAsync(NewRoomRequest(rooms), ct));
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(1, Simulator.RequestCount - before);
    }

    [Fact]
    public async Task Cancelled_calls_throw_operation_cancelled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var rooms = Rooms;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rooms.CreateRoomAsync(NewRoomRequest(rooms), cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rooms.GetRoomAsync("some-room", cts.Token));
    }
}
