using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>neutral [provider…] [--throughput [--rounds N]] [--only variant --seconds S]</c>: bytes per get through the SDK's
/// Refit client, through <see cref="IRoomService"/> without the telemetry stage and with it, so the neutral layer's cost
/// splits into the adapter (call and mapping to <see cref="Room"/>) and the telemetry stage (a profiling aid; the server's
/// share is included and the same in every row). <c>--throughput</c>: calls/s at 256 callers instead, the variants
/// rotated every round, medians. <c>--only</c>: one variant at 256 callers for S seconds, nothing printed (for a profiler).
/// </summary>
public static class NeutralProbe
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "neutral";

    /// <summary>Runs the probe.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (var provider in ProviderBenches.All.Where(p => args.Length == 0 || args.Contains(p.Name)))
        {
            var server = await CannedServer.StartAsync().ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                var replay = args.Contains("--replay");
                var fullServices = new ServiceCollection();
                fullServices.AddRoomClients(rooms => provider.AddSdk(rooms, server.BaseAddress));
                var services = new ServiceCollection();
                services.AddRoomClients(rooms => provider.AddSdk(rooms.WithoutTelemetry(), server.BaseAddress));
                if (replay)
                {
                    // Innermost: the first answer is kept and given back to every later request at once, without the network:
                    // what is left per call is the CPU of the client's own layers, and the difference between two rows is theirs.
                    fullServices.AddHttpClient(RoomClientsBuilder.HttpClientName(provider.Name)).AddHttpMessageHandler(() => new ReplayHandler());
                    services.AddHttpClient(RoomClientsBuilder.HttpClientName(provider.Name)).AddHttpMessageHandler(() => new ReplayHandler());
                }

                var full = fullServices.BuildServiceProvider();
                var bare = services.BuildServiceProvider();
                await using (full.ConfigureAwait(false))
                await using (bare.ConfigureAwait(false))
                {
                    var id = provider.RoomId;
                    var variants = new List<(string Name, Func<Task<string>> Call)>();
                    if (provider.SdkApiGet(full) is { } apiGet)
                    {
                        variants.Add(("Get_SdkRefitClient", apiGet));
                    }

                    var withoutTelemetry = Harness.ResolveRooms(bare, provider);
                    variants.Add(("Get_SdkNoTelemetry", async () => (await withoutTelemetry.GetRoomAsync(id).ConfigureAwait(false)).Id));
                    var rooms = Harness.ResolveRooms(full, provider);
                    variants.Add(("Get_Sdk", async () => (await rooms.GetRoomAsync(id).ConfigureAwait(false)).Id));
                    if (Array.IndexOf(args, "--only") is var only and >= 0)
                    {
                        var call = variants.Single(v => v.Name == args[only + 1]).Call;
                        var seconds = Array.IndexOf(args, "--seconds") is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 20;
                        var until = Stopwatch.StartNew();
                        while (until.Elapsed.TotalSeconds < seconds)
                        {
                            _ = await Concurrent.CallsPerSecondAsync(call).ConfigureAwait(false);
                        }
                    }
                    else if (args.Contains("--throughput"))
                    {
                        await ThroughputAsync(provider.Name, variants, Array.IndexOf(args, "--rounds") is var r and >= 0 ? int.Parse(args[r + 1], CultureInfo.InvariantCulture) : 15).ConfigureAwait(false);
                    }
                    else
                    {
                        foreach (var (name, call) in variants)
                        {
                            await AllocationProbeRunner.MeasureAsync(provider.Name, name, 2_000, call).ConfigureAwait(false);
                        }
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>Answers every request after the first with the first answer (status, content type, body), synchronously.</summary>
    private sealed class ReplayHandler : DelegatingHandler
    {
        private byte[]? _body;
        private System.Net.HttpStatusCode _status;
        private string? _contentType;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_body is { } body)
            {
                var content = new ByteArrayContent(body);
                content.Headers.TryAddWithoutValidation("Content-Type", _contentType);
                return new HttpResponseMessage(_status) { Content = content, RequestMessage = request };
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            _body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            _status = response.StatusCode;
            _contentType = response.Content.Headers.ContentType?.ToString();
            response.Content = new ByteArrayContent(_body);
            response.Content.Headers.TryAddWithoutValidation("Content-Type", _contentType);
            return response;
        }
    }

    private static async Task ThroughputAsync(string provider, List<(string Name, Func<Task<string>> Call)> variants, int rounds)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 5)
        {
            foreach (var (_, call) in variants)
            {
                _ = await Concurrent.CallsPerSecondAsync(call).ConfigureAwait(false);
            }
        }

        var rates = variants.ToDictionary(v => v.Name, _ => new List<double>(), StringComparer.Ordinal);
        var ratios = variants.ToDictionary(v => v.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            var thisRound = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var k = 0; k < variants.Count; k++)
            {
                var (name, call) = variants[(k + round) % variants.Count];
                thisRound[name] = await Concurrent.CallsPerSecondAsync(call).ConfigureAwait(false);
                rates[name].Add(thisRound[name]);
            }

            foreach (var (name, _) in variants)
            {
                ratios[name].Add(thisRound[name] / thisRound[variants[0].Name]);
            }
        }

        foreach (var (name, _) in variants)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider,-8} {name,-20} {Concurrent.Median(rates[name]),8:N0} calls/s at 256 callers, ÷ {variants[0].Name}: {Concurrent.Median(ratios[name]):0.00} (median of {rounds} rounds)"));
        }
    }
}
