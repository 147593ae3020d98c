using System.Diagnostics;
using System.Globalization;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>steady [provider…]</c>: SDK against baseline in one warmed process, the two sides interleaved round by round (the
/// order swapped every round), so that JIT tiering, thread-pool growth and a neighbour's load fall on both sides alike.
/// BenchmarkDotNet's short job measures each side in its own process after three warm-up iterations; on a 2-core machine
/// its times are dominated by what is still being compiled and by noise. This is the complement: the cost in a process that
/// has been running for a while. Per call: median and mean over every call of every round (one caller); throughput: the
/// median over rounds of calls per second at 256 callers, 20 gets each.
/// </summary>
public static class SteadyState
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "steady";

    private const int Rounds = 8;
    private const int CallsPerRound = 1_000;

    /// <summary>One operation's figures.</summary>
    /// <param name="Provider">The provider.</param>
    /// <param name="Operation">Create, Get or Throughput.</param>
    /// <param name="Baseline">Median µs per call (calls/s for throughput).</param>
    /// <param name="Sdk">Median µs per call (calls/s for throughput).</param>
    /// <param name="BaselineMean">Mean µs per call (the slowest round's calls/s for throughput).</param>
    /// <param name="SdkMean">Mean µs per call (the slowest round's calls/s for throughput).</param>
    public sealed record Result(string Provider, string Operation, double Baseline, double Sdk, double BaselineMean, double SdkMean)
    {
        /// <summary>SDK / baseline of the medians (for throughput: SDK calls/s / baseline calls/s).</summary>
        public double Ratio => Sdk / Baseline;
    }

    /// <summary>Runs the mode.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (var provider in ProviderBenches.All.Where(p => args.Length == 0 || args.Contains(p.Name)))
        {
            foreach (var r in await MeasureAsync(provider).ConfigureAwait(false))
            {
                Console.WriteLine(r.Operation == "Throughput"
                    ? string.Create(CultureInfo.InvariantCulture, $"{r.Provider,-8} {r.Operation,-10} baseline {r.Baseline,8:N0} calls/s  SDK {r.Sdk,8:N0} calls/s  SDK/baseline {r.Ratio:0.00}")
                    : string.Create(CultureInfo.InvariantCulture, $"{r.Provider,-8} {r.Operation,-10} baseline {r.Baseline,6:F1} µs  SDK {r.Sdk,6:F1} µs (medians)  SDK/baseline {r.Ratio:0.00}  means {r.BaselineMean:F1} / {r.SdkMean:F1} µs"));
            }
        }

        return 0;
    }

    /// <summary>Measures create, get and throughput for one provider.</summary>
    public static async Task<IReadOnlyList<Result>> MeasureAsync(ProviderBench provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var h = Harness.Start(provider.Name);
        await using (h.ConfigureAwait(false))
        {
            var request = provider.CreateRequest();
            var id = provider.RoomId;
            Func<Task<string>> createBaseline = () => h.Baseline.CreateAsync();
            Func<Task<string>> createSdk = async () => (await h.Rooms.CreateRoomAsync(request).ConfigureAwait(false)).Id;
            Func<Task<string>> getBaseline = () => h.Baseline.GetAsync(id);
            Func<Task<string>> getSdk = async () => (await h.Rooms.GetRoomAsync(id).ConfigureAwait(false)).Id;

            // Warm every path well past tier-0 and dynamic PGO, interleaved, before measuring anything.
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(6))
            {
                foreach (var call in new[] { createBaseline, createSdk, getBaseline, getSdk })
                {
                    for (var i = 0; i < 200; i++)
                    {
                        await call().ConfigureAwait(false);
                    }
                }

                await Concurrent.CallsPerSecondAsync(getBaseline).ConfigureAwait(false);
                await Concurrent.CallsPerSecondAsync(getSdk).ConfigureAwait(false);
            }

            var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var rates = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            for (var round = 0; round < Rounds; round++)
            {
                var sdkFirst = round % 2 == 1;
                foreach (var (operation, baseline, sdk) in new[] { ("Create", createBaseline, createSdk), ("Get", getBaseline, getSdk) })
                {
                    foreach (var side in sdkFirst ? new[] { "SDK", "baseline" } : ["baseline", "SDK"])
                    {
                        var list = Samples(samples, operation + side);
                        var call = side == "SDK" ? sdk : baseline;
                        for (var i = 0; i < CallsPerRound; i++)
                        {
                            var started = Stopwatch.GetTimestamp();
                            await call().ConfigureAwait(false);
                            list.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                        }
                    }
                }

                foreach (var side in sdkFirst ? new[] { "SDK", "baseline" } : ["baseline", "SDK"])
                {
                    Samples(rates, side).Add(await Concurrent.CallsPerSecondAsync(side == "SDK" ? getSdk : getBaseline).ConfigureAwait(false));
                }
            }

            var results = new List<Result>();
            foreach (var operation in new[] { "Create", "Get" })
            {
                var b = samples[operation + "baseline"];
                var s = samples[operation + "SDK"];
                results.Add(new Result(provider.Name, operation, Concurrent.Median(b), Concurrent.Median(s), b.Average(), s.Average()));
            }

            results.Add(new Result(provider.Name, "Throughput", Concurrent.Median(rates["baseline"]), Concurrent.Median(rates["SDK"]), rates["baseline"].Min(), rates["SDK"].Min()));
            return results;
        }
    }

    private static List<double> Samples(Dictionary<string, List<double>> all, string key)
    {
        if (!all.TryGetValue(key, out var list))
        {
            all[key] = list = [];
        }

        return list;
    }
}
