using System.Diagnostics;
using System.Globalization;
using System.Text;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>--paired [provider…] [--rounds N] [--block N] [--coldstart N]</c> (<c>--rounds 0 --coldstart N</c>: cold start only): the SDK against what a user compares it with.
/// Per provider, three clients are built in one process against one server: <b>raw</b> (a plain <see cref="HttpClient"/>
/// and source-generated JSON: the floor), <b>careful</b> (the same code over a factory client with
/// <c>AddStandardResilienceHandler()</c>: the main baseline) and the <b>SDK</b> (<c>IRoomService</c> as a user registers
/// it). After a common warm-up, every round runs each client in a block (create, get one caller at a time, then 256
/// concurrent callers), the order rotated every round, and the ratios are taken within the round, so a neighbour's load
/// falls on every client of that round alike. Reported: the median of the per-round ratios with their interquartile range
/// and extremes, and the 1-minute load average seen during the run. Cold start (<c>--coldstart N</c>): N fresh processes
/// per client, alternating, each timing container build + first get.
/// </summary>
public static class PairedRunner
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "--paired";

    /// <summary>The clients, in their index order; the last one, the SDK's own Refit client (see <see cref="ProviderBench.SdkApiGet"/>), makes gets only.</summary>
    private static readonly string[] Clients = ["raw", "careful", "SDK", "SDK's Refit client"];

    /// <summary>Runs the mode and prints Markdown tables.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rounds = Option(args, "--rounds", 15);
        var block = Option(args, "--block", 300);
        var coldStart = Option(args, "--coldstart", 0);
        var smoke = args.Contains("--smoke");
        if (smoke)
        {
            (rounds, block) = (2, 20);
        }

        var names = Names(args);
        var providers = ProviderBenches.All.Where(p => names.Count == 0 || names.Contains(p.Name)).ToList();
        var load = new LoadSampler();
        var started = DateTimeOffset.UtcNow;
        var results = new List<ProviderResult>();
        foreach (var provider in rounds > 0 ? providers : [])
        {
            results.Add(await MeasureAsync(provider, rounds, block, smoke, load).ConfigureAwait(false));
            Console.Error.WriteLine($"{provider.Name}: done, load {load.Describe()}");
        }

        var cold = new List<ProcessColdStart.Result>();
        if (coldStart > 0)
        {
            foreach (var provider in providers)
            {
                cold.AddRange(await ProcessColdStart.MeasureAsync(provider, coldStart, ["baseline", "careful", "SDK"]).ConfigureAwait(false));
                load.Sample();
            }
        }

        Console.WriteLine(Report(results, cold, rounds, block, started, load));
        return 0;
    }

    private static async Task<ProviderResult> MeasureAsync(ProviderBench provider, int rounds, int block, bool smoke, LoadSampler load)
    {
        var server = await CannedServer.StartAsync().ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            using var raw = provider.CreateBaseline(server.BaseAddress);
            using var careful = provider.CreateCareful(server.BaseAddress);
            var sdkServices = Harness.BuildSdk(provider, server.BaseAddress);
            await using (sdkServices.ConfigureAwait(false))
            {
                var rooms = Harness.ResolveRooms(sdkServices, provider);
                var request = provider.CreateRequest();
                var id = provider.RoomId;
                var create = new Func<Task<string>>[]
                {
                    () => raw.CreateAsync(),
                    () => careful.CreateAsync(),
                    async () => (await rooms.CreateRoomAsync(request).ConfigureAwait(false)).Id,
                };
                var apiGet = provider.SdkApiGet(sdkServices);
                var get = new Func<Task<string>>?[]
                {
                    () => raw.GetAsync(id),
                    () => careful.GetAsync(id),
                    async () => (await rooms.GetRoomAsync(id).ConfigureAwait(false)).Id,
                    apiGet,
                };

                // Warm every client past tier-0 JIT and dynamic PGO, together, before anything is measured.
                var warm = Stopwatch.StartNew();
                while (warm.Elapsed < TimeSpan.FromSeconds(smoke ? 0.2 : 5))
                {
                    for (var c = 0; c < Clients.Length; c++)
                    {
                        if (c < create.Length)
                        {
                            await BlockAsync(create[c], 100).ConfigureAwait(false);
                        }

                        if (get[c] is { } warmGet)
                        {
                            await BlockAsync(warmGet, 100).ConfigureAwait(false);
                            await Concurrent.CallsPerSecondAsync(warmGet, callers: smoke ? 8 : 256, callsEach: smoke ? 2 : 20).ConfigureAwait(false);
                        }
                    }
                }

                var result = new ProviderResult(provider.Name, rounds) { HasApiGet = apiGet is not null };
                for (var round = 0; round < rounds; round++)
                {
                    var order = Enumerable.Range(0, Clients.Length).Select(i => (i + round) % Clients.Length).ToArray();
                    foreach (var c in order.Where(c => c < create.Length))
                    {
                        (result.CreateMicros[c][round], result.CreateBytes[c][round]) = await BlockAsync(create[c], block).ConfigureAwait(false);
                    }

                    foreach (var c in order.Where(c => get[c] is not null))
                    {
                        (result.GetMicros[c][round], result.GetBytes[c][round]) = await BlockAsync(get[c]!, block).ConfigureAwait(false);
                    }

                    foreach (var c in order.Where(c => get[c] is not null))
                    {
                        result.CallsPerSecond[c][round] = await Concurrent.CallsPerSecondAsync(get[c]!, callers: smoke ? 8 : 256, callsEach: smoke ? 2 : 20).ConfigureAwait(false);
                    }

                    load.Sample();
                }

                return result;
            }
        }
    }

    /// <summary>One client, one caller, <paramref name="calls"/> calls: mean µs per call and bytes allocated per call (every thread, the server's share included, the same for every client).</summary>
    private static async Task<(double Micros, double Bytes)> BlockAsync(Func<Task<string>> call, int calls)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            await call().ConfigureAwait(false);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return (elapsed.TotalMicroseconds / calls, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)calls);
    }

    private static string Report(List<ProviderResult> results, List<ProcessColdStart.Result> cold, int rounds, int block, DateTimeOffset started, LoadSampler load)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Paired run {started:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}; {rounds} rounds, {block} calls per client and operation per round, 256 callers × 20 gets for calls/s; 1-minute load average during the run {load.Describe()}.");
        text.AppendLine();
        if (results.Count > 0)
        {
            WriteInProcess(text, results);
        }

        if (cold.Count > 0)
        {
            WriteColdStart(text, cold);
        }

        return text.ToString();
    }

    private static void WriteInProcess(StringBuilder text, List<ProviderResult> results)
    {
        text.AppendLine("Ratios are medians of per-round ratios, [interquartile range] and (min–max) over the rounds. Per call: mean µs of a block of one-at-a-time calls; bytes: allocated per call, server's share included (the same for every client).");
        text.AppendLine();
        text.AppendLine("| provider | call | raw µs | careful µs | SDK µs | SDK ÷ careful | SDK ÷ raw | careful ÷ raw |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            foreach (var (call, micros) in new[] { ("create", r.CreateMicros), ("get", r.GetMicros) })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Provider} | {call} | {Stats.Median(micros[0]):F1} | {Stats.Median(micros[1]):F1} | {Stats.Median(micros[2]):F1} | {Stats.Ratio(micros[2], micros[1])} | {Stats.Ratio(micros[2], micros[0])} | {Stats.Ratio(micros[1], micros[0])} |");
            }
        }

        text.AppendLine();
        text.AppendLine("Where the SDK's time goes (gets): its own Refit client (Refit and the SDK's HTTP pipeline: resilience, auth, body read) against the careful client, and the whole SDK (adapter, mapping to a neutral Room, telemetry on top) against that Refit client.");
        text.AppendLine();
        text.AppendLine("| provider | SDK's Refit client µs | Refit client ÷ careful | SDK ÷ Refit client | bytes/call: Refit client | Refit client ÷ careful | calls/s at 256: Refit client ÷ careful | SDK ÷ Refit client |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results.Where(r => r.HasApiGet))
        {
            var m = r.GetMicros;
            var b = r.GetBytes;
            var c = r.CallsPerSecond;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Provider} | {Stats.Median(m[3]):F1} | {Stats.Ratio(m[3], m[1])} | {Stats.Ratio(m[2], m[3])} | {Stats.Median(b[3]):N0} | {Stats.Median(b[3]) / Stats.Median(b[1]):0.00} | {Stats.Ratio(c[3], c[1])} | {Stats.Ratio(c[2], c[3])} |");
        }

        text.AppendLine();
        text.AppendLine("| provider | calls/s at 256: raw | careful | SDK | SDK ÷ careful | SDK ÷ raw | careful ÷ raw |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var c = r.CallsPerSecond;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Provider} | {Stats.Median(c[0]):N0} | {Stats.Median(c[1]):N0} | {Stats.Median(c[2]):N0} | {Stats.Ratio(c[2], c[1])} | {Stats.Ratio(c[2], c[0])} | {Stats.Ratio(c[1], c[0])} |");
        }

        text.AppendLine();
        text.AppendLine("| provider | call | bytes/call: raw | careful | SDK | SDK ÷ careful | SDK ÷ raw |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            foreach (var (call, bytes) in new[] { ("create", r.CreateBytes), ("get", r.GetBytes) })
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Provider} | {call} | {Stats.Median(bytes[0]):N0} | {Stats.Median(bytes[1]):N0} | {Stats.Median(bytes[2]):N0} | {Stats.Median(bytes[2]) / Stats.Median(bytes[1]):0.00} | {Stats.Median(bytes[2]) / Stats.Median(bytes[0]):0.00} |");
            }
        }
    }

    private static void WriteColdStart(StringBuilder text, List<ProcessColdStart.Result> cold)
    {
        text.AppendLine();
        text.AppendLine("| provider | cold start (fresh process: container + first get), median ms [min–max]: raw | careful | SDK | SDK ÷ careful | SDK ÷ raw | methods JIT-compiled: raw | careful | SDK |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var provider in cold.GroupBy(c => c.Provider))
        {
            var raw = provider.Single(c => c.Side == "baseline");
            var careful = provider.Single(c => c.Side == "careful");
            var sdk = provider.Single(c => c.Side == "SDK");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {provider.Key} | {raw.MedianMs:F0} [{raw.MinMs:F0}–{raw.MaxMs:F0}] | {careful.MedianMs:F0} [{careful.MinMs:F0}–{careful.MaxMs:F0}] | {sdk.MedianMs:F0} [{sdk.MinMs:F0}–{sdk.MaxMs:F0}] | {sdk.MedianMs / careful.MedianMs:0.00} | {sdk.MedianMs / raw.MedianMs:0.00} | {raw.MedianJitted:N0} | {careful.MedianJitted:N0} | {sdk.MedianJitted:N0} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Cold start: {cold[0].Launches} launches per client, alternating raw, careful, SDK.");
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;

    private static List<string> Names(string[] args)
    {
        var names = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (args[i] is "--rounds" or "--block" or "--coldstart")
                {
                    i++;
                }

                continue;
            }

            names.Add(args[i]);
        }

        return names;
    }

    /// <summary>One provider's samples, indexed [client][round] (clients: raw, careful, SDK).</summary>
    private sealed class ProviderResult(string provider, int rounds)
    {
        public string Provider { get; } = provider;

        public double[][] CreateMicros { get; } = New(rounds);

        public double[][] GetMicros { get; } = New(rounds);

        public double[][] CreateBytes { get; } = New(rounds);

        public double[][] GetBytes { get; } = New(rounds);

        public double[][] CallsPerSecond { get; } = New(rounds);

        /// <summary>Gets a value indicating whether the SDK's own Refit client was measured (gets only).</summary>
        public bool HasApiGet { get; init; }

        private static double[][] New(int rounds) => [new double[rounds], new double[rounds], new double[rounds], new double[rounds]];
    }

    /// <summary>The 1-minute load average, sampled every round.</summary>
    private sealed class LoadSampler
    {
        private readonly List<double> _samples = [];

        public LoadSampler() => Sample();

        public void Sample()
        {
            try
            {
                var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                _samples.Add(double.Parse(first, CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        public string Describe() => _samples.Count == 0
            ? "unknown (no /proc/loadavg)"
            : string.Create(CultureInfo.InvariantCulture, $"{_samples.Min():0.00}–{_samples.Max():0.00} (median {Stats.Median(_samples):0.00})");
    }
}

/// <summary>Medians and spreads of per-round values.</summary>
internal static class Stats
{
    internal static double Median(IEnumerable<double> values) => Quantile(values, 0.5);

    internal static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        var at = q * (sorted.Length - 1);
        var low = (int)Math.Floor(at);
        var high = (int)Math.Ceiling(at);
        return sorted[low] + ((sorted[high] - sorted[low]) * (at - low));
    }

    /// <summary>The median of the per-round ratios <paramref name="a"/>[i] / <paramref name="b"/>[i], with IQR and range.</summary>
    internal static string Ratio(double[] a, double[] b)
    {
        var ratios = a.Zip(b, (x, y) => x / y).ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"**{Median(ratios):0.00}** [{Quantile(ratios, 0.25):0.00}–{Quantile(ratios, 0.75):0.00}] ({ratios.Min():0.00}–{ratios.Max():0.00})");
    }
}
