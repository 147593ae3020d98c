using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Benchmarks;

/// <summary>
/// One call at a time: create, get and one page of list (50 rooms) through <see cref="IRoomService"/> against the
/// hand-written baseline, per provider. <c>Get_SdkResolvePerCall</c> resolves the service from DI for every call, as a
/// transient dependency of a per-request consumer (an MVC controller, a scoped handler) gets it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class PerCallBenchmarks
{
    private const int PageSize = 50;
    private Harness _h = null!;
    private CreateRoomRequest _create = null!;
    private RoomQuery _query = null!;

    /// <summary>Gets or sets the provider.</summary>
    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "whereby";

    /// <summary>Gets the providers.</summary>
    public static IEnumerable<string> Providers => ProviderBenches.Names;

    [GlobalSetup]
    public void Setup()
    {
        _h = Harness.Start(Provider);
        _h.Server.TotalRooms = PageSize;
        _create = _h.Provider.CreateRequest();
        _query = new RoomQuery { PageSize = PageSize };
        _h.WarmAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _h.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true), BenchmarkCategory("Create")]
    public Task<string> Create_Baseline() => _h.Baseline.CreateAsync();

    [Benchmark, BenchmarkCategory("Create")]
    public async Task<string> Create_Sdk() => (await _h.Rooms.CreateRoomAsync(_create).ConfigureAwait(false)).Id;

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public Task<string> Get_Baseline() => _h.Baseline.GetAsync(_h.Provider.RoomId);

    [Benchmark, BenchmarkCategory("Get")]
    public async Task<string> Get_Sdk() => (await _h.Rooms.GetRoomAsync(_h.Provider.RoomId).ConfigureAwait(false)).Id;

    [Benchmark(Baseline = true), BenchmarkCategory("GetResolvePerCall")]
    public Task<string> GetResolvePerCall_Baseline() => _h.Baseline.GetAsync(_h.Provider.RoomId);

    [Benchmark, BenchmarkCategory("GetResolvePerCall")]
    public async Task<string> GetResolvePerCall_Sdk() =>
        (await Harness.ResolveRooms(_h.Services, _h.Provider).GetRoomAsync(_h.Provider.RoomId).ConfigureAwait(false)).Id;

    [Benchmark(Baseline = true), BenchmarkCategory("ListPage")]
    public async Task<int> ListPage_Baseline()
    {
        var (count, _) = await _h.Baseline.ListPageAsync(null, PageSize).ConfigureAwait(false);
        return count;
    }

    [Benchmark, BenchmarkCategory("ListPage")]
    public async Task<int> ListPage_Sdk()
    {
        var count = 0;
        await foreach (var room in _h.Rooms.ListRoomsAsync(_query).ConfigureAwait(false))
        {
            count += room.Id.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
