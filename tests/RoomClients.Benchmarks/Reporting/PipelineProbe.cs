using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Refit;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;
using RoomClients.DependencyInjection;
using RoomClients.Http;
using RoomClients.Whereby;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>pipeline [--throughput]</c>: bytes per Whereby get through <see cref="IWherebyApi"/> (or calls/s at 256 callers) with one
/// part of the SDK's HTTP pipeline taken out at a time, to see what each part costs (a profiling aid; the numbers include
/// the server's share). In one process the later variants profit from a grown thread pool and tiered JIT: compare a variant
/// with the repeated full-SDK and baseline rows at the end, not with the first ones.
/// </summary>
public static class PipelineProbe
{
    /// <summary>The command-line mode.</summary>
    public const string Mode = "pipeline";

    private static readonly string[] HostFields = ["hostRoomUrl"];

    private static bool Throughput { get; set; }

    private static async Task MeasureAsync(string name, Func<Task<string>> call)
    {
        if (!Throughput)
        {
            await AllocationProbeRunner.MeasureAsync("whereby", name, 2_000, call).ConfigureAwait(false);
            return;
        }

        var best = 0.0;
        for (var round = 0; round < 6; round++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var callers = new Task[256];
            for (var c = 0; c < callers.Length; c++)
            {
                callers[c] = Task.Run(async () =>
                {
                    for (var i = 0; i < 20; i++)
                    {
                        await call().ConfigureAwait(false);
                    }
                });
            }

            await Task.WhenAll(callers).ConfigureAwait(false);
            var perSecond = 256 * 20 / System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            best = round == 0 ? 0 : Math.Max(best, perSecond); // the first round warms up
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whereby  {name,-32} {best,8:N0} calls/s at 256 callers (best of 5)"));
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
        if (args.Contains("--types"))
        {
            var named = Array.IndexOf(args, "--provider") is var at and >= 0 ? ProviderBenches.Get(args[at + 1]) : provider;
            await TypesAsync(named, args.Contains("--rooms") || named != provider).ConfigureAwait(false);
            return 0;
        }

        var server = await CannedServer.StartAsync().ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            var id = provider.RoomId;
            using (var baseline = provider.CreateBaseline(server.BaseAddress))
            {
                await MeasureAsync("baseline", () => baseline.GetAsync(id)).ConfigureAwait(false);
            }

            await RunAsync("full SDK IWherebyApi", provider, server, _ => { }, id).ConfigureAwait(false);
            await RunAsync("- HttpClient loggers", provider, server, s => s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).RemoveAllLoggers(), id).ConfigureAwait(false);
            await RunAsync("- resilience", provider, server, s => Without<ResilienceHandler>(s), id).ConfigureAwait(false);
            await RunAsync("- transport handler", provider, server, s => Without(s, h => h.GetType().Name == "RoomTransportErrorHandler"), id).ConfigureAwait(false);
            await RunAsync("- auth handler", provider, server, s => Without<TokenAuthenticationHandler>(s), id, defaultAuth: true).ConfigureAwait(false);
            await RunAsync("- all handlers and loggers", provider, server, s =>
            {
                Without(s, _ => true);
                s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).RemoveAllLoggers();
            }, id, defaultAuth: true).ConfigureAwait(false);
            await RunAsync("- all, default URL formatter", provider, server, s =>
            {
                Without(s, _ => true);
                s.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).RemoveAllLoggers();
            }, id, defaultAuth: true, plainRefit: true).ConfigureAwait(false);
            await RunAsync("full SDK IWherebyApi (again)", provider, server, _ => { }, id).ConfigureAwait(false);
            using (var baseline = provider.CreateBaseline(server.BaseAddress))
            {
                await MeasureAsync("baseline (again)", () => baseline.GetAsync(id)).ConfigureAwait(false);
            }

            await RunAsync("full SDK IWherebyApi (third)", provider, server, _ => { }, id).ConfigureAwait(false);
        }

        return 0;
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
            foreach (var (name, call) in new[] { ("baseline", (Func<Task<string>>)(() => h.Baseline.GetAsync(id))), ("sdk", sdk) })
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
                foreach (var (type, bytes) in types.Top(45))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)Calls,8:F0}  {type}"));
                }
            }
        }
    }

    private static void Without<T>(IServiceCollection services) => Without(services, h => h is T);

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
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => provider.AddSdk(rooms, server.BaseAddress));
        change(services);
        if (defaultAuth)
        {
            services.AddHttpClient(RoomClientsBuilder.HttpClientName("whereby")).ConfigureHttpClient(c =>
                c.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CannedServer.FakeCredential));
        }

        var sp = services.BuildServiceProvider();
        await using (sp.ConfigureAwait(false))
        {
            var api = plainRefit
                ? RestService.For<IWherebyApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(RoomClientsBuilder.HttpClientName("whereby")), RefitSettings.ForJsonContext(AnatomyJson.Default))
                : sp.GetRequiredKeyedService<IWherebyApi>("whereby");
            await MeasureAsync(name, async () => (await api.GetMeetingAsync(id, HostFields).ConfigureAwait(false)).MeetingId).ConfigureAwait(false);
        }
    }
}
