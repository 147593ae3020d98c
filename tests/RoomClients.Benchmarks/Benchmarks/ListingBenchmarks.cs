using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Benchmarks;

/// <summary>
/// Every room streamed page by page (the provider's largest page) through <see cref="IRoomService.ListRoomsAsync"/>,
/// against the baseline's cursor loop. Allocated per room must not grow with the count; the retained heap while
/// streaming is measured separately by <c>report</c> (see <see cref="Reporting.ListingMemory"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ListingBenchmarks
{
    private Harness _h = null!;
    private RoomQuery _query = null!;

    /// <summary>Gets or sets the provider.</summary>
    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "whereby";

    /// <summary>Gets the providers that list in pages (EnableX answers with every room at once).</summary>
    public static IEnumerable<string> Providers => ProviderBenches.PagedNames;

    /// <summary>Gets or sets how many rooms the server holds.</summary>
    [Params(1_000, 100_000)]
    public int Rooms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _h = Harness.Start(Provider);
        _h.Server.TotalRooms = Rooms;
        _query = new RoomQuery { PageSize = _h.Provider.MaxPageSize };
        _h.WarmAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _h.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<int> List_Baseline() => ListBaselineAsync(_h.Baseline, _h.Provider.MaxPageSize);

    [Benchmark]
    public Task<int> List_Sdk() => ListSdkAsync(_h.Rooms, _query);

    /// <summary>Streams every room through the SDK.</summary>
    public static async Task<int> ListSdkAsync(IRoomService rooms, RoomQuery query, Action<int>? onRoom = null)
    {
        var count = 0;
        await foreach (var room in rooms.ListRoomsAsync(query).ConfigureAwait(false))
        {
            count += room.Id.Length > 0 ? 1 : 0;
            onRoom?.Invoke(count);
        }

        return count;
    }

    /// <summary>Pages through every room by hand.</summary>
    public static async Task<int> ListBaselineAsync(IBaselineClient baseline, int pageSize, Action<int>? onRoom = null)
    {
        var total = 0;
        string? cursor = null;
        do
        {
            var (count, next) = await baseline.ListPageAsync(cursor, pageSize).ConfigureAwait(false);
            total += count;
            onRoom?.Invoke(total);
            cursor = next;
        }
        while (cursor is not null);

        return total;
    }
}
