using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Refit;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;
using RoomClients.Http;
using RoomClients.Whereby;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>pipeline [--throughput|--latency] [--interleaved]</c>: bytes per Whereby get through <see cref="IWherebyApi"/> (or calls/s at 256 callers, or time per call for one caller) with one
/// part of the SDK's HTTP pipeline taken out at a time, to see what each part costs (a profiling aid; the numbers include
/// the server's share). <c>--only &lt;name prefix&gt;</c> runs only the variants whose name starts with it (for a profiler);
/// <c>--calls N</c> sets the calls per latency variant. In one process the later variants profit from a grown thread pool and tiered JIT: compare a variant
/// with the repeated full-SDK and baseline rows at the end, not with the first ones.
/// </summary>
public static class PipelineProbe
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "pipeline";

    private static readonly string[] HostFields = ["hostRoomUrl"];

    private static bool Throughput { get; set; }

    private static bool Latency { get; set; }

    private static int LatencyCalls { get; set; } = 10_000;

    private static string? Only { get; set; }

    private static async Task MeasureAsync(string name, Func<Task<string>> call)
    {
        if (Only is not null && !name.StartsWith(Only, StringComparison.Ordinal))
        {
            return;
        }

        if (Latency)
        {
            await MeasureLatencyAsync(name, call).ConfigureAwait(false);
            return;
        }

        if (!Throughput)
        {
            await AllocationProbeRunner.MeasureAsync("whereby", name, 2_000, call).ConfigureAwait(false);
            return;
        }

        var best = 0.0;
        for (var round = 0; round < 6; round++)
        {
            var perSecond = await Concurrent.CallsPerSecondAsync(call).ConfigureAwait(false);
            best = round == 0 ? 0 : Math.Max(best, perSecond); // the first round warms up
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whereby  {name,-32} {best,8:N0} calls/s at 256 callers (best of 5)"));
    }

    /// <summary>One caller, one call at a time: the median and mean time per call over 5 rounds of 2,000 (after 2,000 to warm up).</summary>
    private static async Task MeasureLatencyAsync(string name, Func<Task<string>> call)
    {
        for (var i = 0; i < 2_000; i++)
        {
            await call().ConfigureAwait(false);
        }

        var times = new double[LatencyCalls];
        for (var i = 0; i < times.Length; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await call().ConfigureAwait(false);
            times[i] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        var mean = times.Average();
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whereby  {name,-32} median {times[times.Length / 2],7:F1} µs  p90 {times[times.Length * 9 / 10],7:F1} µs  mean {mean,7:F1} µs (one caller, {times.Length:N0} calls)"));
    }

    /// <summary>Runs the probe.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var provider = ProviderBenches.Get("whereby");
        if (args.Contains("--formatter"))
        {
            var type = typeof(RoomClientsRefit).Assembly.GetType("RoomClients.Http.InvariantUrlParameterFormatter", throwOnError: true)!;
            var formatter = (IUrlParameterFormatter)Activator.CreateInstance(type)!;
            foreach (var (label, f) in new[] { ("invariant", formatter), ("default", new DefaultUrlParameterFormatter()) })
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 10_000; i++)
                {
                    _ = f.Format("91934500", GeneratedParameterAttributeProvider.Empty, typeof(string));
                }

                Console.WriteLine($"{label}: {(GC.GetAllocatedBytesForCurrentThread() - before) / 10_000.0:F0} B per string parameter");
            }

            return 0;
        }

        Throughput = args.Contains("--throughput");
        Latency = args.Contains("--latency");
        Only = Array.IndexOf(args, "--only") is var only and >= 0 ? args[only + 1] : null;
        LatencyCalls = Array.IndexOf(args, "--calls") is var calls and >= 0 ? int.Parse(args[calls + 1], CultureInfo.InvariantCulture) : LatencyCalls;
        if (args.Contains("--options"))
        {
            // Which request options reach the innermost handler (each entry past the third grows the options dictionary).
            var named = Array.IndexOf(args, "--provider") is var at2 and >= 0 ? ProviderBenches.Get(args[at2 + 1]) : provider;
            var optionsServer = await CannedServer.StartAsync().ConfigureAwait(false);
            await using (optionsServer.ConfigureAwait(false))
            {
                var services = new ServiceCollection();
                services.AddRoomClients(rooms => named.AddSdk(rooms, optionsServer.BaseAddress));
                services.AddHttpClient(RoomClientsBuilder.HttpClientName(named.Name)).AddHttpMessageHandler(() => new OptionsPrinter());
                var sp = services.BuildServiceProvider();
                await using (sp.ConfigureAwait(false))
                {
                    _ = await Harness.ResolveRooms(sp, named).GetRoomAsync(named.RoomId).ConfigureAwait(false);
                }
            }

            return 0;
        }

        if (args.Contains("--types"))
        {
            var named = Array.IndexOf(args, "--provider") is var at and >= 0 ? ProviderBenches.Get(args[at + 1]) : provider;
            await TypesAsync(named, args.Contains("--rooms") || named != provider).ConfigureAwait(false);
            return 0;
        }

        var variants = new Variant[]
        {
            new("full SDK IWherebyApi", _ => { }),
            new("- HttpClient loggers", s => s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).RemoveAllLoggers()),
            new("- resilience", s => Without(s, IsResilience)),
            new("- resilience, + lean 4 strategies", s =>
            {
                Without(s, IsResilience);
                s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).AddResilienceHandler("lean", b =>
                {
                    var o = new HttpStandardResilienceOptions();
                    RoomClientsResilience.ApplyDefaults(o);
                    b.AddTimeout(o.TotalRequestTimeout).AddRetry(o.Retry).AddCircuitBreaker(o.CircuitBreaker).AddTimeout(o.AttemptTimeout);
                });
            }),
            new("- resilience, + retry only", s =>
            {
                Without(s, IsResilience);
                s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).AddResilienceHandler("retry", b =>
                {
                    var o = new HttpStandardResilienceOptions();
                    RoomClientsResilience.ApplyDefaults(o);
                    b.AddRetry(o.Retry);
                });
            }),
            new("- all handlers and loggers", s =>
            {
                Without(s, _ => true);
                s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).RemoveAllLoggers();
            }, DefaultAuth: true),
            new("- all, default URL formatter", s =>
            {
                Without(s, _ => true);
                s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).RemoveAllLoggers();
            }, DefaultAuth: true, PlainRefit: true),
        };

        var server = await CannedServer.StartAsync().ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            var id = provider.RoomId;
            if (args.Contains("--interleaved"))
            {
                await InterleavedAsync(provider, server, id, variants).ConfigureAwait(false);
                return 0;
            }

            using (var baseline = provider.CreateBaseline(server.BaseAddress))
            {
                await MeasureAsync("baseline", () => baseline.GetAsync(id)).ConfigureAwait(false);
            }

            foreach (var variant in variants)
            {
                await RunAsync(variant.Name, provider, server, variant.Change, id, variant.DefaultAuth, variant.PlainRefit).ConfigureAwait(false);
            }

            await RunAsync("full SDK IWherebyApi (again)", provider, server, _ => { }, id).ConfigureAwait(false);
            using (var baseline = provider.CreateBaseline(server.BaseAddress))
            {
                await MeasureAsync("baseline (again)", () => baseline.GetAsync(id)).ConfigureAwait(false);
            }

            await RunAsync("full SDK IWherebyApi (third)", provider, server, _ => { }, id).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>
    /// Every variant (and the baseline, and the whole <see cref="IRoomService"/>) built at once, warmed together, then measured
    /// in 6 rounds whose starting variant rotates: time per call for one caller (median of 6,000 calls) and, with
    /// <c>--throughput</c>, calls/s at 256 callers (median of the rounds). Order effects fall on every variant alike.
    /// </summary>
    private static async Task InterleavedAsync(ProviderBench provider, CannedServer server, string id, Variant[] variants)
    {
        var calls = new List<(string Name, Func<Task<string>> Call)>();
        var owned = new List<IAsyncDisposable>();
        var baseline = provider.CreateBaseline(server.BaseAddress);
        calls.Add(("baseline", () => baseline.GetAsync(id)));
        var full = Harness.BuildSdk(provider, server.BaseAddress);
        owned.Add(full);
        var rooms = Harness.ResolveRooms(full, provider);
        calls.Add(("full SDK IRoomService", async () => (await rooms.GetRoomAsync(id).ConfigureAwait(false)).Id));
        foreach (var variant in variants)
        {
            var (sp, api) = Build(provider, server, variant.Change, variant.DefaultAuth, variant.PlainRefit);
            owned.Add(sp);
            calls.Add((variant.Name, async () => (await api.GetMeetingAsync(id, HostFields).ConfigureAwait(false)).MeetingId));
        }

        try
        {
            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(8))
            {
                foreach (var (_, call) in calls)
                {
                    for (var i = 0; i < 200; i++)
                    {
                        await call().ConfigureAwait(false);
                    }
                }
            }

            var times = calls.ToDictionary(c => c.Name, _ => new List<double>(), StringComparer.Ordinal);
            var rates = calls.ToDictionary(c => c.Name, _ => new List<double>(), StringComparer.Ordinal);
            for (var round = 0; round < 6; round++)
            {
                for (var k = 0; k < calls.Count; k++)
                {
                    var (name, call) = calls[(k + round) % calls.Count];
                    for (var i = 0; i < 1_000; i++)
                    {
                        var started = System.Diagnostics.Stopwatch.GetTimestamp();
                        await call().ConfigureAwait(false);
                        times[name].Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    }

                    if (Throughput)
                    {
                        rates[name].Add(await Concurrent.CallsPerSecondAsync(call).ConfigureAwait(false));
                    }
                }
            }

            var baselineMedian = Concurrent.Median(times["baseline"]);
            var baselineRate = Throughput ? Concurrent.Median(rates["baseline"]) : 0;
            foreach (var (name, _) in calls)
            {
                var median = Concurrent.Median(times[name]);
                var line = string.Create(CultureInfo.InvariantCulture, $"whereby  {name,-30} median {median,7:F1} µs  ×{median / baselineMedian:0.00}  (+{median - baselineMedian,5:F1} µs)");
                if (Throughput)
                {
                    var rate = Concurrent.Median(rates[name]);
                    line += string.Create(CultureInfo.InvariantCulture, $"   {rate,8:N0} calls/s at 256 callers ×{rate / baselineRate:0.00}");
                }

                Console.WriteLine(line);
            }
        }
        finally
        {
            baseline.Dispose();
            foreach (var d in owned)
            {
                await d.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task TypesAsync(ProviderBench provider, bool rooms)
    {
        using var types = new AllocationTypes();
        var h = Harness.Start(provider.Name);
        await using (h.ConfigureAwait(false))
        {
            var api = rooms ? null : h.Services.GetRequiredKeyedService<IWherebyApi>("whereby");
            var id = provider.RoomId;
            Func<Task<string>> sdk = rooms
                ? async () => (await h.Rooms.GetRoomAsync(id).ConfigureAwait(false)).Id
                : async () => (await api!.GetMeetingAsync(id, HostFields).ConfigureAwait(false)).MeetingId;
            using var careful = CarefulClient.Create(provider, h.Server.BaseAddress);
            var variants = new List<(string Name, Func<Task<string>> Call)> { ("baseline", () => h.Baseline.GetAsync(id)), ("careful", () => careful.GetAsync(id)) };
            if (provider.SdkApiGet(h.Services) is { } apiGet)
            {
                variants.Add(("sdk-refit", apiGet)); // the SDK's Refit client: the difference to "sdk" is the neutral layer
            }

            variants.Add(("sdk", sdk));
            foreach (var (name, call) in variants)
            {
                for (var i = 0; i < 3_000; i++)
                {
                    await call().ConfigureAwait(false);
                }

                types.Clear();
                types.Recording = true;
                const int Calls = 40_000;
                for (var i = 0; i < Calls; i++)
                {
                    await call().ConfigureAwait(false);
                }

                types.Recording = false;
                Console.WriteLine($"== {name}: sampled bytes per call by type");
                foreach (var (type, bytes) in types.Top(70))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Calls,8:F0}  {type}"));
                }
            }
        }
    }

    private static void Without<T>(IServiceCollection services) => Without(services, h => h is T);

    /// <summary>The SDK's resilience handler (the pipeline and the transport-error mapping in one layer, internal), or a standard one added by a variant.</summary>
    private static bool IsResilience(DelegatingHandler handler) => handler is ResilienceHandler || handler.GetType().Name == "RoomResilienceHandler";

    private static void Without(IServiceCollection services, Func<DelegatingHandler, bool> remove) =>
        services.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
        {
            for (var i = handlers.Count - 1; i >= 0; i--)
            {
                if (remove(handlers[i]))
                {
                    handlers.RemoveAt(i);
                }
            }
        });

    private static async Task RunAsync(string name, ProviderBench provider, CannedServer server, Action<IServiceCollection> change, string id, bool defaultAuth = false, bool plainRefit = false)
    {
        var (sp, api) = Build(provider, server, change, defaultAuth, plainRefit);
        await using (sp.ConfigureAwait(false))
        {
            await MeasureAsync(name, async () => (await api.GetMeetingAsync(id, HostFields).ConfigureAwait(false)).MeetingId).ConfigureAwait(false);
        }
    }

    private static (ServiceProvider Services, IWherebyApi Api) Build(ProviderBench provider, CannedServer server, Action<IServiceCollection> change, bool defaultAuth, bool plainRefit)
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => provider.AddSdk(rooms, server.BaseAddress));
        change(services);
        if (defaultAuth)
        {
            services.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).ConfigureHttpClient(c =>
                c.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CannedServer.FakeCredential));
        }

        var sp = services.BuildServiceProvider();
        var api = plainRefit
            ? RestService.For<IWherebyApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(RoomClientsBuilder.HttpClientName("whereby")), RefitSettings.ForJsonContext(AnatomyJson.Default))
            : sp.GetRequiredKeyedService<IWherebyApi>("whereby");
        return (sp, api);
    }

    private sealed record Variant(string Name, Action<IServiceCollection> Change, bool DefaultAuth = false, bool PlainRefit = false);

    private sealed class OptionsPrinter : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            foreach (var option in request.Options)
            {
                Console.WriteLine($"option {option.Key} = {option.Value?.GetType().Name}");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
