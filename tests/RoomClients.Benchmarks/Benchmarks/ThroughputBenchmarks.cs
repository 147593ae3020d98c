using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RoomClients.Benchmarks.Reporting;

namespace RoomClients.Benchmarks.Benchmarks;

/// <summary>
/// 256 concurrent callers share one client and make <see cref="CallsPerCaller"/> gets each; Mean is per call and the
/// Calls/s column is its inverse. The SDK side uses one resolved <see cref="IRoomService"/>, as a singleton consumer does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ThroughputBenchmarks
{
    /// <summary>Concurrent callers.</summary>
    public const int Callers = 256;

    /// <summary>Calls each caller makes per invocation.</summary>
    public const int CallsPerCaller = 20;

    private const int Calls = Callers * CallsPerCaller;
    private Harness _h = null!;

    /// <summary>Gets or sets the provider.</summary>
    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "whereby";

    /// <summary>Gets the providers.</summary>
    public static IEnumerable<string> Providers => RoomClients.Benchmarks.Providers.ProviderBenches.Names;

    [GlobalSetup]
    public void Setup()
    {
        _h = Harness.Start(Provider);
        _h.WarmAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _h.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public Task Throughput_Baseline() => RunAsync(id => _h.Baseline.GetAsync(id));

    [Benchmark(OperationsPerInvoke = Calls)]
    public Task Throughput_Sdk() => RunAsync(async id => (await _h.Rooms.GetRoomAsync(id).ConfigureAwait(false)).Id);

    private Task RunAsync(Func<string, Task<string>> call)
    {
        var id = _h.Provider.RoomId;
        var callers = new Task[Callers];
        for (var c = 0; c < callers.Length; c++)
        {
            callers[c] = Task.Run(async () =>
            {
                for (var i = 0; i < CallsPerCaller; i++)
                {
                    await call(id).ConfigureAwait(false);
                }
            });
        }

        return Task.WhenAll(callers);
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new CallsPerSecondColumn());
    }
}
