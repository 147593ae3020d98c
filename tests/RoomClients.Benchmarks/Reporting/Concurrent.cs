using System.Diagnostics;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>Helpers the in-process modes share: calls per second under concurrency, and medians.</summary>
internal static class Concurrent
{
    /// <summary>Runs <paramref name="callers"/> concurrent callers making <paramref name="callsEach"/> calls each; returns calls per second.</summary>
    internal static async Task<double> CallsPerSecondAsync(Func<Task<string>> call, int callers = 256, int callsEach = 20)
    {
        var started = Stopwatch.GetTimestamp();
        var tasks = new Task[callers];
        for (var c = 0; c < tasks.Length; c++)
        {
            tasks[c] = Task.Run(async () =>
            {
                for (var i = 0; i < callsEach; i++)
                {
                    await call().ConfigureAwait(false);
                }
            });
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return callers * callsEach / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>The median of <paramref name="values"/>.</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
