using System.Globalization;
using System.Text;
using System.Text.Json;
using RoomClients.Benchmarks.Providers;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>report &lt;artifacts&gt; &lt;README.md&gt; [--job name] [--launches n]</c>: reads BenchmarkDotNet's full JSON reports,
/// measures listing memory and process cold start, and writes the README with the SDK/baseline ratios.
/// </summary>
public static class ReadmeReport
{
    /// <summary>Marks the start of hand-written notes that a rewrite of the README keeps (analysis, before/after).</summary>
    private const string NotesStart = "<!-- notes: kept when run.sh rewrites this file -->";

    /// <summary>Marks the end of the kept notes.</summary>
    private const string NotesEnd = "<!-- end of notes -->";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the report.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("usage: report <BenchmarkDotNet.Artifacts dir> <README.md> [--job name] [--launches n]").ConfigureAwait(false);
            return 2;
        }

        var results = Path.Combine(args[0], "results");
        var readme = args[1];
        var job = Option(args, "--job") ?? "default";
        var launches = int.Parse(Option(args, "--launches") ?? "5", Inv);

        var files = Directory.Exists(results) ? Directory.GetFiles(results, "*-report-full.json").Order(StringComparer.Ordinal).ToArray() : [];
        var cases = files.SelectMany(ReadCases).ToList();
        JsonElement? host = files.Length == 0 ? null : JsonDocument.Parse(File.ReadAllBytes(files[0])).RootElement.GetProperty("HostEnvironmentInfo").Clone();

        var notes = File.Exists(readme) ? KeptNotes(await File.ReadAllTextAsync(readme).ConfigureAwait(false)) : null;
        var listing = new List<ListingMemory.Result>();
        var cold = new List<ProcessColdStart.Result>();
        var steady = new List<SteadyState.Result>();
        foreach (var provider in ProviderBenches.All)
        {
            if (job != "dry")
            {
                Console.WriteLine($"steady state: {provider.Name}");
                steady.AddRange(await SteadyState.MeasureAsync(provider).ConfigureAwait(false));
            }

            if (provider.ListsInPages)
            {
                Console.WriteLine($"listing memory: {provider.Name}");
                listing.AddRange(await ListingMemory.MeasureAsync(provider, [1_000, 100_000]).ConfigureAwait(false));
            }

            Console.WriteLine($"process cold start: {provider.Name} ×{launches}");
            cold.AddRange(await ProcessColdStart.MeasureAsync(provider, launches).ConfigureAwait(false));
        }

        var text = new StringBuilder();
        WriteIntro(text);
        WriteEnvironment(text, host, job, cases);
        WriteRatios(text, cases);
        WriteSteadyState(text, steady);
        if (notes is not null)
        {
            text.AppendLine(notes).AppendLine();
        }

        WriteLayers(text, cases, "WherebyAnatomyBenchmarks", "Get_Baseline", "Where a Whereby get spends its time (layer by layer)");
        WriteLayers(text, cases, "VonageJwtBenchmarks", "Get_BearerKey", "Vonage JWT: cached token, signing every call, signing alone (ratio against a fixed Bearer key through the same SDK registration)");
        WriteListing(text, listing);
        WriteColdStart(text, cold);
        text.AppendLine("## BenchmarkDotNet tables").AppendLine();
        var tables = Directory.Exists(results) ? Directory.GetFiles(results, "*-report-github.md") : [];
        foreach (var md in tables.Order(StringComparer.Ordinal))
        {
            var title = Path.GetFileName(md).Replace("RoomClients.Benchmarks.Benchmarks.", string.Empty, StringComparison.Ordinal)
                .Replace("-report-github.md", string.Empty, StringComparison.Ordinal);
            text.Append("### ").AppendLine(title).AppendLine();
            text.AppendLine(File.ReadAllText(md).Trim()).AppendLine();
        }

        await File.WriteAllTextAsync(readme, text.ToString().TrimEnd() + "\n").ConfigureAwait(false);
        Console.WriteLine($"wrote {readme}");
        return 0;
    }

    private sealed record Case(string Type, string Method, string Parameters, double MeanNs, double MedianNs, long? Allocated, string Job)
    {
        public string Operation => Method.Contains('_', StringComparison.Ordinal) ? Method[..Method.LastIndexOf('_')] : Method;

        public string Side => Method.Contains('_', StringComparison.Ordinal) ? Method[(Method.LastIndexOf('_') + 1)..] : string.Empty;
    }

    private static IEnumerable<Case> ReadCases(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var b in doc.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            if (b.GetProperty("Statistics").ValueKind != JsonValueKind.Object)
            {
                continue; // failed case
            }

            var display = b.GetProperty("DisplayInfo").GetString() ?? string.Empty;
            var colon = display.IndexOf(": ", StringComparison.Ordinal);
            var bracket = display.LastIndexOf(" [", StringComparison.Ordinal);
            var jobText = colon < 0 ? string.Empty : display[(colon + 2)..(bracket > colon ? bracket : display.Length)];
            long? allocated = b.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                ? memory.GetProperty("BytesAllocatedPerOperation").GetInt64()
                : null;
            yield return new Case(
                b.GetProperty("Type").GetString()!,
                b.GetProperty("Method").GetString()!,
                b.GetProperty("Parameters").GetString() ?? string.Empty,
                b.GetProperty("Statistics").GetProperty("Mean").GetDouble(),
                b.GetProperty("Statistics").GetProperty("Median").GetDouble(),
                allocated,
                jobText);
        }
    }

    private static void WriteIntro(StringBuilder text) => text.AppendLine("""
        # RoomClients.Benchmarks

        What does the SDK cost over the client a user would write instead? Every benchmark sends the same requests to one
        in-process Kestrel server on `127.0.0.1` that answers every provider's endpoints with canned, realistic JSON, through
        three clients per provider:

        - **careful** (the main baseline): what a user who wants retries, timeouts and a circuit breaker writes by hand, a named
          `IHttpClientFactory` client with `AddStandardResilienceHandler()` and System.Text.Json source-generated DTOs;
        - **raw** (the floor, called *baseline* in the BenchmarkDotNet tables): the same code over a plain `HttpClient`;
        - **SDK**: `IRoomService` built by DI exactly as a user registers it (`AddRoomClients(rooms => rooms.AddWhereby(…))`:
          authentication, the resilience pipeline and telemetry all on).

        The hand-written code of a provider (endpoints, DTOs, credential) is in one place, its `Providers/<Provider>Bench` class;
        `CarefulClient` puts it over the factory client. Ratio = SDK / baseline (lower is better; 1.00 = no overhead).

        ```bash
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- --paired                 # the headline: raw, careful and SDK paired in one process (about 5 minutes on 2 cores)
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- --paired whereby --rounds 20 --coldstart 5   # one provider, more rounds, process cold start
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- --paired --smoke         # checks that the paired mode runs (numbers meaningless)
        tests/RoomClients.Benchmarks/run.sh short    # BenchmarkDotNet --job short, then writes this README (about 15 minutes on 2 cores)
        tests/RoomClients.Benchmarks/run.sh dry      # checks that everything runs (numbers meaningless)
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- --filter '*PerCall*' --job short
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- probe [provider…]        # bytes per call, quick
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- pipeline --types --rooms # bytes per call by type (sampled), raw against SDK
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- neutral                  # bytes per get: careful client, the SDK's Refit client, IRoomService without and with telemetry
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- neutral --replay --latency   # the same clients without the network (first answer replayed): each client's own CPU per get
        dotnet run -c Release --project tests/RoomClients.Benchmarks -- polly-telemetry          # what Polly reports for a refused, retried get (meter tags, logs)
        ```

        **The paired mode** (`--paired [provider…] [--rounds N] [--block N] [--coldstart N]`; `--rounds 0 --coldstart N` for
        cold start alone): per provider, the three clients are built in one process against one server and warmed together
        (5 s). Every round then runs each client in a block, in an order rotated every round: creates one at a time, gets one
        at a time (mean µs of the block, bytes allocated per call on every thread, the server's share included and the same for
        every client), then 256 concurrent callers × 20 gets (calls/s). Ratios are taken within a round, so a neighbour's load
        falls on all three clients of that round alike, and reported as the **median of the per-round ratios** with the
        interquartile range and the extremes; the 1-minute load average sampled every round is printed with the tables.
        `--coldstart N` starts N fresh processes per client, alternating raw, careful, SDK, each timing container build + first
        get against the parent's server (JIT included).

        Adding a provider is one `ProviderBench` subclass (canned endpoints, `AddX(…)` registration, `ConfigureBaseline` and the
        hand-written client) listed in `Providers/ProviderBenches.cs`. Benchmarks measure; nothing here asserts a time.
        Hand-written notes between the `notes` markers below are kept when `run.sh` rewrites this file.

        The BenchmarkDotNet classes, SDK against raw:

        - **Create / Get / ListPage** (PerCallBenchmarks): one call at a time; ListPage reads one page of 50 rooms.
          **GetResolvePerCall** resolves `IRoomService` from the container for every call (a transient dependency of a
          per-request consumer) against the same baseline.
        - **Throughput**: 256 concurrent callers share one client, 20 gets each per invocation; Mean is per call.
        - **List** (ListingBenchmarks): all rooms streamed through `ListRoomsAsync` in pages of the provider's maximum size
          (Whereby: cursor, 100; Vectera: page number, 100, ending on a short or empty page; Vonage: `start_id`, 1,000).
          EnableX answers `GET /rooms` with every room at once (`RoomCapabilities.ListsInPages` is false): it has no List
          or listing-memory rows (one answer of 100,000 rooms is one body, whatever the client); its ListPage row reads 50.
        - **ColdStart** (BenchmarkDotNet): build the container (or the baseline's `HttpClient`), first get, dispose; a new
          connection every time but a warm JIT. The process-cold table below starts a fresh process per measurement.
        - **VonageJwt** (when Vonage is registered): a get with the SDK's cached RS256 token against the same registration
          sending a fixed Bearer key, one that signs on every call, and RS256 signing alone (RSA-2048, generated per run).
        - **WherebyAnatomy**: one Whereby get layer by layer (baseline → Refit over a plain `HttpClient` → `IWherebyApi`
          with the SDK's HTTP pipeline → `IRoomService`), to see where the SDK's time and allocations go.

        """);

    private static void WriteEnvironment(StringBuilder text, JsonElement? host, string job, List<Case> cases)
    {
        text.AppendLine("## Machine and run").AppendLine();
        text.Append("- Date: ").AppendLine(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", Inv));
        if (host is { } h)
        {
            text.Append("- Machine: ").Append(S(h, "OsVersion")).Append(", ").Append(S(h, "ProcessorName")).Append(", ")
                .Append(h.GetProperty("PhysicalCoreCount").GetInt32()).Append(" physical / ")
                .Append(h.GetProperty("LogicalCoreCount").GetInt32()).AppendLine(" logical cores (what else ran at the time: see the notes)");
            text.Append("- Runtime: ").Append(S(h, "RuntimeVersion")).Append(", SDK ").Append(S(h, "DotNetCliVersion"))
                .Append(", BenchmarkDotNet ").AppendLine(S(h, "BenchmarkDotNetVersion"));
        }

        text.Append("- Job: `").Append(job).Append('`');
        if ((cases.FirstOrDefault(c => c.Type == "PerCallBenchmarks") ?? cases.FirstOrDefault()) is { } first)
        {
            text.Append(" (").Append(first.Job).Append(')');
        }

        text.AppendLine("; ColdStart runs 16 invocations per iteration.").AppendLine();
    }

    private static void WriteRatios(StringBuilder text, List<Case> cases)
    {
        text.AppendLine("## SDK / baseline").AppendLine();
        text.AppendLine("Allocations include the in-process server's share, the same on both sides; the SDK's own extra is the difference (+alloc). Allocations are exact; times on this shared machine are noisy (see Error in the BenchmarkDotNet tables), so the median ratio is given too.").AppendLine();
        text.AppendLine("| Benchmark | Parameters | Baseline mean | SDK mean | Time ratio | Median ratio | Baseline alloc | SDK alloc | +alloc | Alloc ratio | Target |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        string[] order = ["Create", "Get", "GetResolvePerCall", "ListPage", "Throughput", "List", "ColdStart"];
        var pairs = cases.Where(c => c.Type is not ("WherebyAnatomyBenchmarks" or "VonageJwtBenchmarks"))
            .GroupBy(c => (c.Type, c.Operation, c.Parameters))
            .OrderBy(g => Array.IndexOf(order, g.Key.Operation) is var i && i < 0 ? order.Length : i)
            .ThenBy(g => g.Key.Parameters, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var sdk = pair.FirstOrDefault(c => c.Side == "Sdk");
            var baseline = pair.FirstOrDefault(c => c.Side == "Baseline");
            if (sdk is null || baseline is null)
            {
                continue;
            }

            var timeRatio = sdk.MeanNs / baseline.MeanNs;
            var allocRatio = sdk.Allocated is { } sa && baseline.Allocated is { } ba && ba > 0 ? (double?)sa / ba : null;
            text.Append("| ").Append(pair.Key.Operation).Append(" | ").Append(pair.Key.Parameters.Replace("&", ", ", StringComparison.Ordinal))
                .Append(" | ").Append(Time(baseline.MeanNs)).Append(" | ").Append(Time(sdk.MeanNs))
                .Append(" | ").Append(timeRatio.ToString("0.00", Inv))
                .Append(" | ").Append((sdk.MedianNs / baseline.MedianNs).ToString("0.00", Inv))
                .Append(" | ").Append(Bytes(baseline.Allocated)).Append(" | ").Append(Bytes(sdk.Allocated))
                .Append(" | ").Append(sdk.Allocated is { } s1 && baseline.Allocated is { } b1 ? (s1 >= b1 ? "+" : "−") + Bytes(Math.Abs(s1 - b1)) : "-")
                .Append(" | ").Append(allocRatio?.ToString("0.00", Inv) ?? "-")
                .Append(" | ").Append(Target(pair.Key.Operation, timeRatio, allocRatio)).AppendLine(" |");
        }

        var throughput = cases.Where(c => c.Operation == "Throughput").ToList();
        if (throughput.Count > 0)
        {
            text.AppendLine().Append("Throughput at 256 concurrent callers: ")
                .AppendJoin("; ", throughput.GroupBy(c => c.Parameters).Select(g =>
                {
                    var b = g.FirstOrDefault(c => c.Side == "Baseline");
                    var s = g.FirstOrDefault(c => c.Side == "Sdk");
                    return b is null || s is null ? g.Key : string.Create(Inv,
                        $"{g.Key}: baseline {1e9 / b.MeanNs:N0} calls/s, SDK {1e9 / s.MeanNs:N0} calls/s, SDK/baseline {b.MeanNs / s.MeanNs:0.00}");
                }))
                .AppendLine(".");
        }

        text.AppendLine();
    }

    private static void WriteLayers(StringBuilder text, List<Case> cases, string type, string baselineMethod, string title)
    {
        var rows = cases.Where(c => c.Type == type).ToList();
        var baseline = rows.FirstOrDefault(c => c.Method == baselineMethod);
        if (rows.Count == 0 || baseline is null)
        {
            return;
        }

        text.Append("## ").AppendLine(title).AppendLine();
        text.AppendLine("| Method | Mean | Ratio | Allocated | +alloc |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var c in rows)
        {
            text.Append("| ").Append(c.Method).Append(" | ").Append(Time(c.MeanNs)).Append(" | ").Append((c.MeanNs / baseline.MeanNs).ToString("0.00", Inv))
                .Append(" | ").Append(Bytes(c.Allocated)).Append(" | ")
                .Append(c.Allocated is { } a && baseline.Allocated is { } b ? (a >= b ? "+" : "−") + Bytes(Math.Abs(a - b)) : "-").AppendLine(" |");
        }

        text.AppendLine();
    }

    private static string Target(string operation, double time, double? alloc) => operation switch
    {
        "Create" or "Get" => Mark(time <= 1.10 && alloc <= 1.5, "time ≤ 1.10, alloc ≤ 1.5"),
        "Throughput" => Mark(1 / time >= 0.95, "calls/s ≥ 0.95× baseline"),
        _ => "report only",
    };

    private static string Mark(bool met, string target) => (met ? "met: " : "**missed**: ") + target;

    private static string? KeptNotes(string readme)
    {
        var start = readme.IndexOf(NotesStart, StringComparison.Ordinal);
        var end = readme.IndexOf(NotesEnd, StringComparison.Ordinal);
        return start >= 0 && end > start ? readme[start..(end + NotesEnd.Length)] : null;
    }

    private static void WriteSteadyState(StringBuilder text, List<SteadyState.Result> steady)
    {
        if (steady.Count == 0)
        {
            return;
        }

        text.AppendLine("## Steady state (one warmed process, SDK and baseline interleaved)").AppendLine();
        text.AppendLine("""
            The BenchmarkDotNet rows above measure each side in its own process after three warm-up iterations. `steady` mode
            (run by the report, `dotnet run -c Release --project tests/RoomClients.Benchmarks -- steady`) warms every path for 6 s,
            then alternates baseline and SDK for 8 rounds, swapping the order every round, so that JIT tiering, thread-pool growth
            and a neighbour's load fall on both sides alike. Per call: one caller, 8,000 calls per side; median and mean over all
            of them. Throughput: 256 callers × 20 gets per round; median calls/s over the rounds (slowest round in brackets).
            """).AppendLine();
        text.AppendLine("| Provider | Call | Baseline median | SDK median | SDK/baseline | Baseline mean | SDK mean | Target |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in steady)
        {
            if (r.Operation == "Throughput")
            {
                text.Append(Inv, $"| {r.Provider} | Throughput, 256 callers | {r.Baseline:N0} calls/s ({r.BaselineMean:N0}) | {r.Sdk:N0} calls/s ({r.SdkMean:N0}) | {r.Ratio:0.00} | | | {Mark(r.Ratio >= 0.95, "calls/s ≥ 0.95× baseline")} |").AppendLine();
            }
            else
            {
                text.Append(Inv, $"| {r.Provider} | {r.Operation} | {r.Baseline:N1} µs | {r.Sdk:N1} µs | {r.Ratio:0.00} | {r.BaselineMean:N1} µs | {r.SdkMean:N1} µs | {Mark(r.Ratio <= 1.10, "time ≤ 1.10")} |").AppendLine();
            }
        }

        text.AppendLine();
    }

    private static void WriteListing(StringBuilder text, List<ListingMemory.Result> listing)
    {
        text.AppendLine("## Listing memory (must not grow with the number of rooms)").AppendLine();
        text.AppendLine("Largest live heap above the starting level while streaming, sampled with a full collection every 1,000 rooms; allocated bytes per room over the whole listing.").AppendLine();
        text.AppendLine("| Provider | Side | Rooms | Peak retained | Allocated per room | Elapsed |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var r in listing)
        {
            text.Append(Inv, $"| {r.Provider} | {r.Side} | {r.Rooms:N0} | {Bytes(r.PeakRetainedBytes)} | {r.AllocatedBytes / (double)r.Rooms:N0} B | {r.Elapsed.TotalMilliseconds:N0} ms |").AppendLine();
        }

        text.AppendLine();
    }

    private static void WriteColdStart(StringBuilder text, List<ProcessColdStart.Result> cold)
    {
        text.AppendLine("## Process cold start (new process: container built → first completed get, JIT included)").AppendLine();
        text.AppendLine("| Provider | Side | Launches | Median | Min | Max |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var r in cold)
        {
            text.Append(Inv, $"| {r.Provider} | {r.Side} | {r.Launches} | {r.MedianMs:N1} ms | {r.MinMs:N1} ms | {r.MaxMs:N1} ms |").AppendLine();
        }

        foreach (var provider in cold.GroupBy(r => r.Provider))
        {
            var b = provider.FirstOrDefault(r => r.Side == "baseline");
            var s = provider.FirstOrDefault(r => r.Side == "SDK");
            if (b is not null && s is not null)
            {
                text.AppendLine().Append(Inv, $"{provider.Key}: SDK/baseline median {s.MedianMs / b.MedianMs:0.00} (+{s.MedianMs - b.MedianMs:N1} ms).").AppendLine();
            }
        }

        text.AppendLine();
    }

    private static string Time(double ns) => ns switch
    {
        >= 1e6 => (ns / 1e6).ToString("N2", Inv) + " ms",
        >= 1e3 => (ns / 1e3).ToString("N1", Inv) + " µs",
        _ => ns.ToString("N0", Inv) + " ns",
    };

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "-",
        >= 1024 * 1024 => (bytes.Value / 1024d / 1024d).ToString("N2", Inv) + " MB",
        >= 1024 => (bytes.Value / 1024d).ToString("N2", Inv) + " KB",
        _ => bytes.Value.ToString(Inv) + " B",
    };

    private static string S(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "?";

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
