using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Running;
using RoomClients.Benchmarks.Reporting;

// dotnet run -c Release --project tests/RoomClients.Benchmarks -- --filter '*' [--job short|dry]
// dotnet run -c Release --project tests/RoomClients.Benchmarks -- report <BenchmarkDotNet.Artifacts dir> <README.md>
switch (args.FirstOrDefault())
{
    case "report":
        return await ReadmeReport.RunAsync(args[1..]).ConfigureAwait(false);
    case ProcessColdStart.ChildMode:
        return await ProcessColdStart.RunChildAsync(args[1..]).ConfigureAwait(false);
    default:
        var config = DefaultConfig.Instance
            .AddExporter(JsonExporter.Full)
            .AddExporter(MarkdownExporter.GitHub);
        BenchmarkSwitcher.FromAssembly(typeof(ReadmeReport).Assembly).Run(args, config);
        return 0;
}
