using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;
using RoomClients.Http;

namespace RoomClients.Benchmarks.Benchmarks;

/// <summary>
/// Vonage's RS256 application JWT: a get through <see cref="IRoomService"/> with the SDK's cached token, against the same
/// registration whose auth handler sends a fixed Bearer key (the baseline), against one that signs a new token on every
/// call (a clock that jumps an hour per reading expires the cached token each time), and the signing cost alone.
/// </summary>
[MemoryDiagnoser]
public class VonageJwtBenchmarks
{
    private CannedServer _server = null!;
    private ServiceProvider _bearer = null!;
    private ServiceProvider _cached = null!;
    private ServiceProvider _signEvery = null!;
    private IRoomService _bearerRooms = null!;
    private IRoomService _cachedRooms = null!;
    private IRoomService _signEveryRooms = null!;
    private SigningCredentials _credentials = null!;
    private string _id = null!;

    [GlobalSetup]
    public void Setup()
    {
        var provider = ProviderBenches.Get("vonage");
        _id = provider.RoomId;
        _server = CannedServer.StartAsync().GetAwaiter().GetResult();
        _cached = Harness.BuildSdk(provider, _server.BaseAddress);
        _bearer = Build(provider, services => services.AddHttpClient(RoomClientsBuilder.HttpClientName(provider.Name))
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                for (var i = 0; i < handlers.Count; i++)
                {
                    if (handlers[i] is TokenAuthenticationHandler)
                    {
                        handlers[i] = TokenAuthenticationHandler.Bearer(static _ => ValueTask.FromResult(CannedServer.FakeCredential));
                    }
                }
            }));
        _signEvery = Build(provider, services => services.AddSingleton<TimeProvider>(new JumpingClock()));
        _bearerRooms = Harness.ResolveRooms(_bearer, provider);
        _cachedRooms = Harness.ResolveRooms(_cached, provider);
        _signEveryRooms = Harness.ResolveRooms(_signEvery, provider);
        _credentials = VonageBench.Credentials();
        foreach (var rooms in new[] { _bearerRooms, _cachedRooms, _signEveryRooms })
        {
            rooms.GetRoomAsync(_id).GetAwaiter().GetResult();
        }

        _ = VonageBench.SignJwt(_credentials);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _bearer.Dispose();
        _cached.Dispose();
        _signEvery.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public async Task<string> Get_BearerKey() => (await _bearerRooms.GetRoomAsync(_id).ConfigureAwait(false)).Id;

    [Benchmark]
    public async Task<string> Get_CachedJwt() => (await _cachedRooms.GetRoomAsync(_id).ConfigureAwait(false)).Id;

    [Benchmark]
    public async Task<string> Get_SignEveryCall() => (await _signEveryRooms.GetRoomAsync(_id).ConfigureAwait(false)).Id;

    [Benchmark]
    public string SignRs256Only() => VonageBench.SignJwt(_credentials);

    private ServiceProvider Build(ProviderBench provider, Action<IServiceCollection> extra)
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => provider.AddSdk(rooms, _server.BaseAddress));
        extra(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Each reading is an hour after the previous one, so a cached token is always due for renewal.</summary>
    private sealed class JumpingClock : TimeProvider
    {
        private long _hours;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddHours(Interlocked.Increment(ref _hours));
    }
}
