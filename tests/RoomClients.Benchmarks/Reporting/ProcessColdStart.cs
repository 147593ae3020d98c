using System.Diagnostics;
using System.Globalization;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// Cold start as an application sees it: a fresh process (nothing JIT-compiled, nothing loaded) times building the
/// container (or the baseline's HttpClient) through the first completed get against the parent's server.
/// </summary>
public static class ProcessColdStart
{
    /// <summary>The command-line mode of a child process.</summary>
    public const string ChildMode = "coldstart-child";

    /// <summary>Median and range over the launches of one side, and the median number of methods the JIT compiled (load does not change it).</summary>
    public sealed record Result(string Provider, string Side, int Launches, double MedianMs, double MinMs, double MaxMs, long MedianJitted = 0);

    /// <summary>Starts <paramref name="launches"/> child processes per side, alternating the sides (baseline and SDK unless <paramref name="sides"/> says otherwise: <c>baseline</c> is the raw client, <c>careful</c> the factory client with the standard resilience handler).</summary>
    public static async Task<IReadOnlyList<Result>> MeasureAsync(ProviderBench provider, int launches, IReadOnlyList<string>? sides = null)
    {
        var server = await CannedServer.StartAsync().ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            var times = (sides ?? ["baseline", "SDK"]).ToDictionary(side => side, _ => new List<double>(), StringComparer.Ordinal);
            var jitted = times.Keys.ToDictionary(side => side, _ => new List<long>(), StringComparer.Ordinal);
            for (var i = 0; i < launches; i++)
            {
                foreach (var side in times.Keys)
                {
                    var (ms, methods) = await RunChildProcessAsync(side, provider.Name, server.BaseAddress).ConfigureAwait(false);
                    times[side].Add(ms);
                    jitted[side].Add(methods);
                }
            }

            return [.. times.Select(t =>
            {
                var sorted = t.Value.Order().ToArray();
                var methods = jitted[t.Key].Order().ToArray();
                return new Result(provider.Name, t.Key, sorted.Length, sorted[sorted.Length / 2], sorted[0], sorted[^1], methods[methods.Length / 2]);
            })];
        }
    }

    /// <summary>The child: measures and prints milliseconds.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var side = args[0];
        var provider = ProviderBenches.Get(args[1]);
        var server = new Uri(args[2]);
        var watch = Stopwatch.StartNew();
        _ = side switch
        {
            "SDK" => await ColdStartBenchmarks.SdkFirstCallAsync(provider, server).ConfigureAwait(false),
            "careful" => await ColdStartBenchmarks.CarefulFirstCallAsync(provider, server).ConfigureAwait(false),
            _ => await ColdStartBenchmarks.BaselineFirstCallAsync(provider, server).ConfigureAwait(false),
        };
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds:R} {System.Runtime.JitInfo.GetCompiledMethodCount()}"));
        return 0;
    }

    private static async Task<(double Ms, long Jitted)> RunChildProcessAsync(string side, string provider, Uri server)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ProcessColdStart).Assembly.Location);
        }

        foreach (var arg in new[] { ChildMode, side, provider, server.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        // ROOMCLIENTS_JIT_LOG=<directory>: each child writes the list of methods the JIT compiled (the runtime's own
        // summary), to see which parts of a side its cold start compiles.
        if (Environment.GetEnvironmentVariable("ROOMCLIENTS_JIT_LOG") is { Length: > 0 } jitLog)
        {
            start.Environment["DOTNET_JitDisasmSummary"] = "1";
            start.Environment["DOTNET_JitStdOutFile"] = Path.Combine(jitLog, $"{provider}-{side}-{Guid.NewGuid():N}.txt");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the cold-start child.");
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The cold-start child ({side}) exited with {process.ExitCode}: {output}");
        }

        var parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? long.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
    }
}
