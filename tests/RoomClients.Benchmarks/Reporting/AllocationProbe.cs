using System.Diagnostics;
using System.Globalization;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>probe [provider…] [--calls n]</c>: a quick look while profiling, without BenchmarkDotNet's separate builds: bytes
/// allocated per call (exact; the in-process server's share included, the same on both sides) and the best of five
/// rounds of mean time per call, for create, get and get-with-resolve through the SDK and the baseline.
/// </summary>
public static class AllocationProbe
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "probe";

    /// <summary>Runs the probe.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--calls");
        var calls = at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 2_000;
        var names = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (at < 0 || i != at + 1)).ToList();
        foreach (var provider in ProviderBenches.All.Where(p => names.Count == 0 || names.Contains(p.Name)))
        {
            var h = Harness.Start(provider.Name);
            await using (h.ConfigureAwait(false))
            {
                await h.WarmAsync().ConfigureAwait(false);
                var create = provider.CreateRequest();
                var id = provider.RoomId;
                await MeasureAsync(provider.Name, "Create_Baseline", calls, () => h.Baseline.CreateAsync()).ConfigureAwait(false);
                await MeasureAsync(provider.Name, "Create_Sdk", calls, async () => (await h.Rooms.CreateRoomAsync(create).ConfigureAwait(false)).Id).ConfigureAwait(false);
                await MeasureAsync(provider.Name, "Get_Baseline", calls, () => h.Baseline.GetAsync(id)).ConfigureAwait(false);
                await MeasureAsync(provider.Name, "Get_Sdk", calls, async () => (await h.Rooms.GetRoomAsync(id).ConfigureAwait(false)).Id).ConfigureAwait(false);
                await MeasureAsync(provider.Name, "GetResolvePerCall_Sdk", calls, async () =>
                    (await Harness.ResolveRooms(h.Services, provider).GetRoomAsync(id).ConfigureAwait(false)).Id).ConfigureAwait(false);
            }
        }

        return 0;
    }

    internal static Task MeasureAsync(string provider, string name, int calls, Func<Task<string>> call) => AllocationProbeRunner.MeasureAsync(provider, name, calls, call);
}

/// <summary>Measures one call shape.</summary>
internal static class AllocationProbeRunner
{
    internal static async Task MeasureAsync(string provider, string name, int calls, Func<Task<string>> call)
    {
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 1_500)
        {
            await call().ConfigureAwait(false); // past tier-0 JIT
        }

        var best = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < 5; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls; i++)
            {
                await call().ConfigureAwait(false);
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / calls;
            best = Math.Min(best, elapsed.TotalMicroseconds / calls);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider,-8} {name,-24} {bytes,7} B/call {best,8:F1} µs/call (best of 5)"));
    }
}
