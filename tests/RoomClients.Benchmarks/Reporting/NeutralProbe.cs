using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>neutral [provider…] [--replay] [--throughput [--rounds N]] [--only variant --seconds S]</c>: bytes per get through
/// the careful hand-written client, the SDK's Refit client, through <see cref="IRoomService"/> without the telemetry stage and with it, so the neutral layer's cost
/// splits into the adapter (call and mapping to <see cref="Room"/>) and the telemetry stage (a profiling aid; the server's
/// share is included and the same in every row). <c>--replay</c>: the first answer is replayed from memory to every later
/// request (innermost handler, synchronously), so what is measured is each client's own work without the network and
/// the server. <c>--throughput</c>: calls/s at 256 callers instead, the variants rotated every round, medians of the
/// per-round ratios to the careful client. <c>--only</c>: one variant at 256 callers for S seconds, nothing printed (for a profiler).
/// </summary>
public static class NeutralProbe
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "neutral";

    /// <summary>Runs the probe.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var named = ProviderBenches.All.Where(p => args.Contains(p.Name)).ToList();
        foreach (var provider in named.Count > 0 ? named : ProviderBenches.All)
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

                var carefulServices = CarefulClient.Register(new ServiceCollection(), provider, server.BaseAddress);
                if (replay)
                {
                    carefulServices.AddHttpClient(CarefulClient.ClientName).AddHttpMessageHandler(() => new ReplayHandler());
                }

                var carefulContainer = carefulServices.BuildServiceProvider();
                using var careful = provider.CreateBaseline(carefulContainer.GetRequiredService<IHttpClientFactory>().CreateClient(CarefulClient.ClientName));
                var full = fullServices.BuildServiceProvider();
                var bare = services.BuildServiceProvider();
                await using (carefulContainer.ConfigureAwait(false))
                await using (full.ConfigureAwait(false))
                await using (bare.ConfigureAwait(false))
                {
                    var id = provider.RoomId;
                    var variants = new List<(string Name, Func<Task<string>> Call)> { ("Get_Careful", () => careful.GetAsync(id)) };
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
                    else if (args.Contains("--throughput") || args.Contains("--latency"))
                    {
                        await RoundsAsync(provider.Name, variants, Array.IndexOf(args, "--rounds") is var r and >= 0 ? int.Parse(args[r + 1], CultureInfo.InvariantCulture) : 15, args.Contains("--latency")).ConfigureAwait(false);
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

    /// <summary>Answers every request after the first of its method and path with that first answer (status, content type, body), synchronously.</summary>
    private sealed class ReplayHandler : DelegatingHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<(HttpMethod, string), (System.Net.HttpStatusCode Status, string? ContentType, byte[] Body)> _answers = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var key = (request.Method, request.RequestUri!.AbsolutePath);
            if (!_answers.TryGetValue(key, out var answer))
            {
                using var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                answer = (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
                _answers[key] = answer;
            }

            var content = new ByteArrayContent(answer.Body);
            content.Headers.TryAddWithoutValidation("Content-Type", answer.ContentType);
            return new HttpResponseMessage(answer.Status) { Content = content, RequestMessage = request };
        }
    }

    /// <summary>
    /// Every variant warmed together, then <paramref name="rounds"/> rounds in an order rotated every round: calls/s at 256
    /// callers, or (<paramref name="latency"/>) the mean time of 10,000 calls one at a time; medians, and the medians of the
    /// per-round ratios to the first variant.
    /// </summary>
    private static async Task RoundsAsync(string provider, List<(string Name, Func<Task<string>> Call)> variants, int rounds, bool latency)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 5)
        {
            foreach (var (_, call) in variants)
            {
                _ = await Concurrent.CallsPerSecondAsync(call).ConfigureAwait(false);
            }
        }

        var values = variants.ToDictionary(v => v.Name, _ => new List<double>(), StringComparer.Ordinal);
        var ratios = variants.ToDictionary(v => v.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            var thisRound = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var k = 0; k < variants.Count; k++)
            {
                var (name, call) = variants[(k + round) % variants.Count];
                thisRound[name] = latency ? await MeanMicrosecondsAsync(call).ConfigureAwait(false) : await Concurrent.CallsPerSecondAsync(call).ConfigureAwait(false);
                values[name].Add(thisRound[name]);
            }

            foreach (var (name, _) in variants)
            {
                ratios[name].Add(thisRound[name] / thisRound[variants[0].Name]);
            }
        }

        foreach (var (name, _) in variants)
        {
            var what = latency ? "µs per call, one caller" : "calls/s at 256 callers";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider,-8} {name,-20} {Concurrent.Median(values[name]),9:N1} {what}, ÷ {variants[0].Name}: {Concurrent.Median(ratios[name]):0.00} (median of {rounds} rounds)"));
        }
    }

    private static async Task<double> MeanMicrosecondsAsync(Func<Task<string>> call)
    {
        const int Calls = 10_000;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < Calls; i++)
        {
            await call().ConfigureAwait(false);
        }

        return Stopwatch.GetElapsedTime(started).TotalMicroseconds / Calls;
    }
}
