using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;
using RoomClients.Benchmarks.Reporting;

// dotnet run -c Release --project tests/RoomClients.Benchmarks -- --filter '*' [--job short|dry]
// dotnet run -c Release --project tests/RoomClients.Benchmarks -- probe [provider…] [--calls n]   (allocations per call, quick)
// dotnet run -c Release --project tests/RoomClients.Benchmarks -- listing [provider…]   (listing memory only)
// dotnet run -c Release --project tests/RoomClients.Benchmarks -- steady [provider…]   (SDK and baseline interleaved in one warmed process)
// dotnet run -c Release --project tests/RoomClients.Benchmarks -- report <BenchmarkDotNet.Artifacts dir> <README.md>
// dotnet run -c Release --project tests/RoomClients.Benchmarks -- --paired [provider…] [--rounds n] [--block n] [--coldstart n] [--smoke]
switch (args.FirstOrDefault())
{
    case PollyTelemetryProbe.Mode:
        return await PollyTelemetryProbe.RunAsync(args[1..]).ConfigureAwait(false);
    case PairedRunner.Mode:
        return await PairedRunner.RunAsync(args[1..]).ConfigureAwait(false);
    case "report":
        return await ReadmeReport.RunAsync(args[1..]).ConfigureAwait(false);
    case AllocationProbe.Mode:
        return await AllocationProbe.RunAsync(args[1..]).ConfigureAwait(false);
    case "listing":
        foreach (var provider in RoomClients.Benchmarks.Providers.ProviderBenches.All.Where(p => p.ListsInPages && (args.Length == 1 || args.Contains(p.Name))))
        {
            foreach (var r in await ListingMemory.MeasureAsync(provider, [1_000, 100_000]).ConfigureAwait(false))
            {
                Console.WriteLine($"{r.Provider,-8} {r.Side,-8} {r.Rooms,7} rooms: peak retained {r.PeakRetainedBytes,10:N0} B, {r.AllocatedBytes / (double)r.Rooms,6:N0} B/room");
            }
        }

        return 0;
    case SteadyState.Mode:
        return await SteadyState.RunAsync(args[1..]).ConfigureAwait(false);
    case NeutralProbe.Mode:
        return await NeutralProbe.RunAsync(args[1..]).ConfigureAwait(false);
    case PipelineProbe.Mode:
        return await PipelineProbe.RunAsync(args[1..]).ConfigureAwait(false);
    case ProcessColdStart.ChildMode:
        return await ProcessColdStart.RunChildAsync(args[1..]).ConfigureAwait(false);
    default:
        // The generated project is built on a shared 2-core machine: BenchmarkDotNet's 2-minute build limit is too short there.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .WithBuildTimeout(TimeSpan.FromMinutes(10))
            .AddExporter(JsonExporter.Full)
            .AddExporter(MarkdownExporter.GitHub);
        BenchmarkSwitcher.FromAssembly(typeof(ReadmeReport).Assembly).Run(args, config);
        return 0;
}
