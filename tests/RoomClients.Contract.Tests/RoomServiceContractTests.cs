using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Routing;
using RoomClients.Testing;
using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>
/// Neutral scenarios every subject must pass: each provider against its simulator (through its
/// <see cref="ProviderProfile"/>), <see cref="InMemoryRoomService"/>, and a two-provider failover. A provider's subclass
/// is one line: its profile. Every registration is bound from configuration (the simulators'
/// <see cref="ProviderSimulator.ConfigurationFor"/>), so the same scenarios can rotate keys, move a registration to
/// another server and, in live mode, point it at the real provider.
/// </summary>
public abstract partial class RoomServiceContractTests : IAsyncLifetime
{
    private readonly List<(ProviderProfile Profile, ProviderSimulator Simulator)> _members = [];
    private readonly string _wrongCredential;
    private ServiceProvider? _services;
    private ProviderSimulator? _simulator;

    /// <summary>A subject made of <paramref name="profile"/> (the provider its rooms and errors come from; <see langword="null"/> for a subject without HTTP) and <paramref name="others"/> (further members of a composed subject).</summary>
    protected RoomServiceContractTests(ProviderProfile? profile, params ProviderProfile[] others)
    {
        Profile = profile;
        Others = others;
        _wrongCredential = profile?.WrongCredential() ?? "none";
    }

    /// <summary>The profile of the provider the subject's calls reach first, or <see langword="null"/> without HTTP.</summary>
    protected ProviderProfile? Profile { get; }

    /// <summary>Further members (a failover's second provider).</summary>
    protected IReadOnlyList<ProviderProfile> Others { get; }

    /// <summary>Every member's profile, first member first.</summary>
    protected IEnumerable<ProviderProfile> Profiles => new[] { Profile }.Concat(Others).OfType<ProviderProfile>();

    /// <summary>The provider name: of the service, of its rooms and of its errors.</summary>
    protected virtual string ProviderName => Profile?.Name ?? throw new InvalidOperationException("A subject without a profile names its provider.");

    /// <summary>The registration name (service key) of the subject; the provider name unless the subject composes others.</summary>
    protected virtual string ServiceKey => ProviderName;

    /// <summary>The provider name the subject reports (<see cref="IRoomService.Provider"/>).</summary>
    protected virtual string ServiceProvider => ProviderName;

    /// <summary>The provider rooms and errors come from (a failover's first member).</summary>
    protected virtual string RoomProvider => ProviderName;

    /// <summary>An id the subject accepts but no room has.</summary>
    protected virtual string MissingRoomId => "does-not-exist-42";

    /// <summary>Disposables the subclass started, disposed with the test.</summary>
    protected List<IDisposable> Owned { get; } = [];

    /// <summary>The settings every registration of this subject is bound from (<c>RoomClients:&lt;name&gt;:…</c>); by default each member's simulator's.</summary>
    protected virtual Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (profile, simulator) in _members)
        {
            foreach (var setting in SettingsOf(profile, simulator))
            {
                settings[setting.Key] = setting.Value;
            }
        }

        return settings;
    }

    /// <summary>What points <paramref name="profile"/>'s registration at <paramref name="simulator"/>: the simulator's
    /// <see cref="ProviderSimulator.ConfigurationFor"/>, completed by the profile where the simulator does not hold a
    /// credential (a Vonage simulator started with only the public half of the profile's key pair).</summary>
    internal static Dictionary<string, string?> SettingsOf(ProviderProfile profile, ProviderSimulator simulator)
    {
        var settings = new Dictionary<string, string?>(simulator.ConfigurationFor(profile.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in profile.Settings(simulator.Url))
        {
            var full = Key(profile, key);
            if (!settings.TryGetValue(full, out var given) || given is null)
            {
                settings[full] = value;
            }
        }

        return settings;
    }

    /// <summary>Registers the subject: each member bound from configuration, then what composes them (<see cref="Compose"/>).</summary>
    protected virtual void Register(RoomClientsBuilder rooms)
    {
        foreach (var profile in Profiles)
        {
            profile.Add(rooms);
        }

        Compose(rooms);
    }

    /// <summary>What a composed subject adds after its members (a failover; the in-memory service).</summary>
    protected virtual void Compose(RoomClientsBuilder rooms)
    {
    }

    /// <summary>The secret that must never appear in an exception: the credential of a subject built with wrong credentials.</summary>
    protected virtual string Secret(ProviderSimulator? simulator) => Profile?.SecretsOf(_wrongCredential)[0] ?? "none";

    /// <summary>A body the provider might send with an error status.</summary>
    protected virtual string ErrorBody(int status) => Profile?.ErrorBody(status) ?? "{\"error\":\"simulated failure\"}";

    /// <summary>The simulator the subject's calls reach; a test that needs one is skipped for a subject without HTTP.</summary>
    protected ProviderSimulator Simulator => _simulator ?? throw new InvalidOperationException("not started");

    /// <summary>Requests the subject's server has seen (0 for a subject without HTTP).</summary>
    protected int RequestCount => _simulator?.RequestCount ?? 0;

    /// <summary>The requests one create sends: 1, or more where the provider needs a second call (Daily: the room, then its host link's owner token).</summary>
    protected virtual int RequestsPerCreate => Profile?.RequestsPerCreate ?? 1;

    protected IRoomService Rooms => _services!.GetRequiredKeyedService<IRoomService>(ServiceKey);

    protected IRoomRouter Router => _services!.GetRequiredService<IRoomRouter>();

    private void RequireServer()
    {
        if (_simulator is null)
        {
            Assert.Skip("No HTTP server behind this subject: faults, credentials and request counts do not apply.");
        }
    }

    /// <summary>Starts each member's simulator (live mode overrides it: no simulator).</summary>
    protected virtual ProviderSimulator? StartSimulators()
    {
        foreach (var profile in Profiles)
        {
            _members.Add((profile, profile.StartSimulator()));
        }

        return _members.Count > 0 ? _members[0].Simulator : null;
    }

    public virtual ValueTask InitializeAsync()
    {
        _simulator = StartSimulators();
        _services = Build().Services;
        return ValueTask.CompletedTask;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        foreach (var (_, simulator) in _members)
        {
            simulator.Dispose();
        }

        foreach (var owned in Owned)
        {
            owned.Dispose();
        }

        (Profile as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A container of the subject and the configuration it is bound from (reload it to rotate a setting).</summary>
    protected sealed record Built(ServiceProvider Services, IConfigurationRoot Configuration) : IAsyncDisposable
    {
        public IRoomService Rooms(string key) => Services.GetRequiredKeyedService<IRoomService>(key);

        public void Set(string key, string? value)
        {
            Configuration[key] = value;
            Configuration.Reload(); // what a file or secret-store source does when a setting changes
        }

        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }

    /// <summary>The key of <paramref name="setting"/> for <paramref name="profile"/>'s registration.</summary>
    internal static string Key(ProviderProfile profile, string setting) => $"{RoomClientsBuilder.ConfigurationSectionName}:{profile.Name}:{setting}";

    /// <summary>Builds the subject; with <paramref name="validCredentials"/> false every member's credential is one its server rejects.</summary>
    protected Built Build(bool validCredentials = true, Action<Dictionary<string, string?>>? edit = null, Action<RoomClientsBuilder>? more = null)
    {
        var settings = Settings();
        if (!validCredentials)
        {
            foreach (var profile in Profiles)
            {
                settings[Key(profile, profile.CredentialSetting)] = profile == Profile ? _wrongCredential : profile.WrongCredential();
            }
        }

        edit?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(5);
            o.AttemptTimeout.Timeout = AttemptTimeout;
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(60);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            o.CircuitBreaker.MinimumThroughput = 1000;
        });
        Register(rooms);
        more?.Invoke(rooms);
        return new Built(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), configuration);
    }

    /// <summary>The per-attempt timeout of the subject's registrations.</summary>
    protected virtual TimeSpan AttemptTimeout => TimeSpan.FromSeconds(15); // generous: a loaded machine must not turn an ordinary answer into a timeout

    /// <summary>A request every provider can honour: its profile's (an instant room ending in two hours), named where the subject stores names.</summary>
    protected virtual CreateRoomRequest NewRoomRequest(IRoomService service)
    {
        var name = service.Capabilities.SupportsDisplayName ? "Contract room" : null;
        return Profile?.NewRoom(name) ?? new CreateRoomRequest { Kind = RoomKind.Instant, EndsAt = DateTimeOffset.UtcNow.AddHours(2), DisplayName = name };
    }

    [Fact]
    public async Task Create_get_list_delete_round_trip()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        Assert.Equal(ServiceProvider, rooms.Provider);

        var created = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        Assert.False(string.IsNullOrWhiteSpace(created.Id));
        Assert.Equal(RoomProvider, created.Provider);
        Assert.True(created.JoinUrl.IsAbsoluteUri);
        if (rooms.Capabilities.HasHostUrl)
        {
            Assert.NotNull(created.HostUrl);
            Assert.NotEqual(created.JoinUrl, created.HostUrl);
        }

        if (_simulator is not null)
        {
            Assert.NotNull(created.RawRepresentation);
        }

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
        Assert.Equal(RoomProvider, notFound.Provider);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task Listing_pages_lazily_and_sees_every_room()
    {
        RequireServer();
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
            var before = RequestCount;
            await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.UpdateRoomAsync(created.Id, update, ct));
            Assert.Equal(before, RequestCount);
            return;
        }

        var updated = await rooms.UpdateRoomAsync(created.Id, update, ct);
        Assert.Equal(created.Id, updated.Id);
        verify(await rooms.GetRoomAsync(created.Id, ct));
    }

    /// <summary>An update the provider can honour and a check of the fetched room: its profile's (by default a new end five
    /// hours out; Vectera, whose rooms do not expire, opens the room to guests).</summary>
    protected virtual (UpdateRoomRequest Request, Action<Room> Verify) NewUpdate()
    {
        var profile = Profile ?? ProviderProfile.Named(RoomProviders.Whereby); // the default: a new end five hours out
        var update = profile.NewUpdate();
        return (update, fetched => profile.VerifyUpdate(update, fetched));
    }

    [Fact]
    public async Task Unknown_room_is_not_found()
    {
        var ct = TestContext.Current.CancellationToken;
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => Rooms.GetRoomAsync(MissingRoomId, ct));
        Assert.Equal(RoomProvider, error.Provider);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("x?y=1")]
    [InlineData("x#y")]
    [InlineData(".")]
    [InlineData("a%2Fb")]
    [InlineData("a\u0000b")]
    [InlineData("a\nb")]
    [InlineData("a\u007Fb")]
    public async Task Bad_ids_are_rejected_before_sending(string id)
    {
        var ct = TestContext.Current.CancellationToken;
        var before = RequestCount;
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => Rooms.GetRoomAsync(id, ct));
        Assert.Equal("roomId", error.Field);
        await Assert.ThrowsAsync<RoomValidationException>(() => Rooms.DeleteRoomAsync(id, ct));
        Assert.Equal(before, RequestCount);
    }

    [Fact]
    public async Task Out_of_range_page_size_is_rejected_before_sending()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = RequestCount;
        await Assert.ThrowsAsync<RoomValidationException>(async () =>
        {
            await foreach (var unused in Rooms.ListRoomsAsync(new RoomQuery { PageSize = 0 }, ct))
            {
            }
        });
        Assert.Equal(before, RequestCount);
    }

    [Fact]
    public async Task Wrong_credentials_fail_with_authentication_error_that_hides_the_secret()
    {
        RequireServer();
        var ct = TestContext.Current.CancellationToken;
        await using var built = Build(validCredentials: false);
        var rooms = built.Rooms(ServiceKey);
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => rooms.CreateRoomAsync(NewRoomRequest(rooms), ct));
        Assert.Equal(RoomProvider, error.Provider);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain(Secret(Simulator), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_is_retried_then_succeeds()
    {
        RequireServer();
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
        RequireServer();
        var ct = TestContext.Current.CancellationToken;
        Simulator.EnqueueFault(429, ErrorBody(429), times: 10, headers: new Dictionary<string, string> { ["Retry-After"] = "0" });
        var error = await Assert.ThrowsAsync<RoomRateLimitedException>(() => Rooms.GetRoomAsync(MissingRoomId, ct));
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Equal(RoomProvider, error.Provider);
    }

    [Fact]
    public async Task Server_errors_on_reads_are_retried_and_then_reported_as_unavailable()
    {
        RequireServer();
        var ct = TestContext.Current.CancellationToken;
        Simulator.EnqueueFault(503, ErrorBody(503), times: 10);
        var before = Simulator.RequestCount;
        var error = await Assert.ThrowsAsync<RoomProviderUnavailableException>(() => Rooms.GetRoomAsync(MissingRoomId, ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, Simulator.RequestCount - before); // 1 attempt + 3 retries
    }

    [Fact]
    public async Task Create_is_not_retried_after_a_server_error()
    {
        RequireServer();
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
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rooms.GetRoomAsync(MissingRoomId, cts.Token));
    }

    /// <summary>The README's first snippet, as printed, and the empty request: both must work on every subject unchanged.</summary>
    public static TheoryData<string> MinimalRequests => ["readme", "empty"];

    [Theory]
    [MemberData(nameof(MinimalRequests))]
    public async Task The_minimal_request_creates_a_room_that_lives_as_asked(string which)
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var request = which == "readme" ? new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) } : new CreateRoomRequest();
        var expectedKind = rooms.Capabilities.KindFor(request);
        Assert.NotNull(expectedKind); // capabilities say, without try/catch, what the room will be
        var before = RequestCount;

        var room = await rooms.CreateRoomAsync(request, ct);

        Assert.Equal(expectedKind, room.Kind);
        Assert.Equal(RoomProvider, room.Provider);
        Assert.True(room.JoinUrl.IsAbsoluteUri);
        if (_simulator is not null)
        {
            Assert.Equal(RequestsPerCreate, RequestCount - before); // one create, sent once
        }

        if (request.EndsAt is { } asked)
        {
            if (room.Kind == RoomKind.Permanent)
            {
                Assert.Null(room.EndsAt); // lives until deleted: at least as long as asked
            }
            else
            {
                // As asked, to the provider's precision: milliseconds, or EnableX's whole minutes counted from its creation time.
                Assert.NotNull(room.EndsAt);
                Assert.InRange(room.EndsAt.Value, asked.AddMilliseconds(-1), asked.AddMinutes(1));
            }
        }

        var fetched = await rooms.GetRoomAsync(room.Id, ct);
        Assert.Equal(room.Id, fetched.Id);
        Assert.Equal(room.Kind, fetched.Kind);
        Assert.Equal(room.EndsAt, fetched.EndsAt);
        await rooms.DeleteRoomAsync(room.Id, ct);
    }

    [Fact]
    public async Task Room_id_and_reference_round_trip_also_through_json()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var created = await rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, ct);

        // Room.Id goes back to the service that returned it, whatever it is.
        var byId = await rooms.GetRoomAsync(created.Id, ct);
        Assert.Equal(created.Id, byId.Id);
        Assert.Equal(created.JoinUrl, byId.JoinUrl);
        Assert.Equal(created.Reference, byId.Reference);

        // Room.Reference (its string form) finds the room through the router.
        var stored = created.Reference.ToString();
        var byReference = await Router.GetRoomAsync(RoomReference.Parse(stored), ct);
        Assert.Equal(created.JoinUrl, byReference.JoinUrl);
        Assert.Equal(stored, byReference.Reference.ToString());

        // Through JSON: with default options (reflection) and with a source-generated context (AOT).
        foreach (var (json, read) in new (string, Func<string, Room?>)[]
        {
            (JsonSerializer.Serialize(created), text => JsonSerializer.Deserialize<Room>(text)),
            (JsonSerializer.Serialize(created, ContractJsonContext.Default.Room), text => JsonSerializer.Deserialize(text, ContractJsonContext.Default.Room)),
        })
        {
            using (var document = JsonDocument.Parse(json))
            {
                Assert.Equal(stored, document.RootElement.GetProperty("Reference").GetString());
                Assert.Equal(created.Kind.ToString(), document.RootElement.GetProperty("Kind").GetString());
                Assert.Equal(created.Id, document.RootElement.GetProperty("Id").GetString());
                Assert.False(document.RootElement.TryGetProperty("RawRepresentation", out _));
            }

            var back = read(json)!;
            Assert.Equal(created.Id, back.Id);
            Assert.Equal(created.Reference, back.Reference);
            Assert.Equal(created.Kind, back.Kind);
            Assert.Equal(created.JoinUrl, back.JoinUrl);
            Assert.Equal(created.EndsAt, back.EndsAt);
            Assert.Equal(created.JoinUrl, (await rooms.GetRoomAsync(back.Id, ct)).JoinUrl);
            Assert.Equal(created.JoinUrl, (await Router.GetRoomAsync(back.Reference, ct)).JoinUrl);
        }

        var reference = JsonSerializer.Deserialize(JsonSerializer.Serialize(created.Reference, ContractJsonContext.Default.RoomReference), ContractJsonContext.Default.RoomReference);
        Assert.Equal(created.Reference, reference);
        await rooms.DeleteRoomAsync(created.Id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => Router.GetRoomAsync(reference, ct));
    }

    [Fact]
    public async Task An_explicit_kind_the_provider_lacks_is_refused_before_sending()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var lacking = Enum.GetValues<RoomKind>().Where(k => !rooms.Capabilities.Supports(k)).ToList();
        foreach (var kind in lacking)
        {
            var request = new CreateRoomRequest { Kind = kind, StartsAt = kind == RoomKind.Scheduled ? DateTimeOffset.UtcNow.AddHours(1) : null };
            Assert.Null(rooms.Capabilities.KindFor(request));
            var before = RequestCount;
            var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.CreateRoomAsync(request, ct));
            Assert.Equal($"RoomKind.{kind}", error.Feature);
            Assert.Equal(before, RequestCount);
        }

        foreach (var kind in rooms.Capabilities.SupportedKinds)
        {
            var request = new CreateRoomRequest { Kind = kind, StartsAt = kind == RoomKind.Scheduled ? DateTimeOffset.UtcNow.AddHours(1) : null };
            Assert.Equal(kind, rooms.Capabilities.KindFor(request));
            var room = await rooms.CreateRoomAsync(request, ct);
            Assert.Equal(kind, room.Kind);
        }
    }

    /// <summary>Whole-second times in offsets other than UTC (and across a DST change) come back as the same instants from create, get and update.</summary>
    public static TheoryData<int> Offsets => [0, 330, -480, 60];

    [Theory]
    [MemberData(nameof(Offsets))]
    public async Task Times_round_trip_exactly_in_any_offset(int offsetMinutes)
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var now = DateTimeOffset.UtcNow;
        var whole = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var scheduled = rooms.Capabilities.Supports(RoomKind.Scheduled);
        DateTimeOffset? start = scheduled ? whole.AddDays(2).ToOffset(offset) : null;
        var end = (start ?? whole).AddHours(3).AddMinutes(7).ToOffset(offset);
        var request = new CreateRoomRequest { StartsAt = start, EndsAt = end };

        var created = await rooms.CreateRoomAsync(request, ct);

        Assert.Equal(rooms.Capabilities.KindFor(request), created.Kind);
        if (created.Kind == RoomKind.Permanent)
        {
            Assert.Null(created.EndsAt); // lives until deleted: nothing to compare
            return;
        }

        Assert.Equal(start, start is null ? null : created.StartsAt);
        Assert.Equal(end, created.EndsAt);

        var fetched = await rooms.GetRoomAsync(created.Id, ct);
        Assert.Equal(created.EndsAt, fetched.EndsAt);
        Assert.Equal(created.StartsAt, fetched.StartsAt);
        if (!rooms.Capabilities.CanUpdate)
        {
            return;
        }

        var newEnd = (created.EndsAt ?? end).AddMinutes(95).ToOffset(-offset);
        var updated = await rooms.UpdateRoomAsync(created.Id, new UpdateRoomRequest { EndsAt = newEnd }, ct);
        Assert.Equal(newEnd, updated.EndsAt);
        Assert.Equal(created.StartsAt, updated.StartsAt);
        Assert.Equal(newEnd, (await rooms.GetRoomAsync(created.Id, ct)).EndsAt);
    }
}
