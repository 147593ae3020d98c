using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Benchmarks;

/// <summary>
/// From building the container to the first completed get, with a new connection each time; the JIT is warm after the
/// first invocation (the process-cold numbers, JIT included, come from <c>report</c>: see <see cref="Reporting.ProcessColdStart"/>).
/// </summary>
[MemoryDiagnoser]
[InvocationCount(16)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ColdStartBenchmarks
{
    private CannedServer _server = null!;
    private ProviderBench _provider = null!;

    /// <summary>Gets or sets the provider.</summary>
    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "whereby";

    /// <summary>Gets the providers.</summary>
    public static IEnumerable<string> Providers => ProviderBenches.Names;

    [GlobalSetup]
    public void Setup()
    {
        _provider = ProviderBenches.Get(Provider);
        _server = CannedServer.StartAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<string> ColdStart_Baseline() => BaselineFirstCallAsync(_provider, _server.BaseAddress);

    [Benchmark]
    public Task<string> ColdStart_Sdk() => SdkFirstCallAsync(_provider, _server.BaseAddress);

    /// <summary>Builds the container, resolves the service and makes the first get.</summary>
    public static async Task<string> SdkFirstCallAsync(ProviderBench provider, Uri server)
    {
        var services = Harness.BuildSdk(provider, server);
        await using (services.ConfigureAwait(false))
        {
            var room = await Harness.ResolveRooms(services, provider).GetRoomAsync(provider.RoomId).ConfigureAwait(false);
            return room.Id;
        }
    }

    /// <summary>Builds the careful client's container (factory client + standard resilience handler) and makes the first get.</summary>
    public static async Task<string> CarefulFirstCallAsync(ProviderBench provider, Uri server)
    {
        using var careful = provider.CreateCareful(server);
        return await careful.GetAsync(provider.RoomId).ConfigureAwait(false);
    }

    /// <summary>Creates the hand-written client and makes the first get.</summary>
    public static async Task<string> BaselineFirstCallAsync(ProviderBench provider, Uri server)
    {
        using var baseline = provider.CreateBaseline(server);
        return await baseline.GetAsync(provider.RoomId).ConfigureAwait(false);
    }
}
