using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// The heap that stays alive while rooms stream: a full, compacting collection every 1,000 rooms, keeping the largest
/// live heap above the level measured before listing. Flat means the same figure for 1,000 and for 100,000 rooms.
/// </summary>
public static class ListingMemory
{
    /// <summary>One measurement.</summary>
    public sealed record Result(string Provider, string Side, int Rooms, long PeakRetainedBytes, long AllocatedBytes, TimeSpan Elapsed);

    /// <summary>Measures SDK and baseline for each count.</summary>
    public static async Task<IReadOnlyList<Result>> MeasureAsync(ProviderBench provider, IEnumerable<int> counts)
    {
        var results = new List<Result>();
        var harness = Harness.Start(provider.Name);
        await using (harness.ConfigureAwait(false))
        {
            await harness.WarmAsync().ConfigureAwait(false);
            var query = new RoomQuery { PageSize = provider.MaxPageSize };
            foreach (var count in counts)
            {
                harness.Server.TotalRooms = count;
                results.Add(await MeasureOneAsync(provider.Name, "SDK", count, sample => ListingBenchmarks.ListSdkAsync(harness.Rooms, query, sample)).ConfigureAwait(false));
                results.Add(await MeasureOneAsync(provider.Name, "baseline", count, sample => ListingBenchmarks.ListBaselineAsync(harness.Baseline, provider.MaxPageSize, sample)).ConfigureAwait(false));
            }
        }

        return results;
    }

    private static async Task<Result> MeasureOneAsync(string provider, string side, int count, Func<Action<int>, Task<int>> list)
    {
        // One untimed pass so that lazily built caches do not count as retained.
        await list(_ => { }).ConfigureAwait(false);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var lastSample = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var listed = await list(n =>
        {
            if (n - lastSample >= 1_000)
            {
                lastSample = n;
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }).ConfigureAwait(false);
        started.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (listed != count)
        {
            throw new InvalidOperationException($"{provider} {side}: listed {listed} rooms, expected {count}.");
        }

        return new Result(provider, side, count, Math.Max(0, peak), allocated, started.Elapsed);
    }
}
