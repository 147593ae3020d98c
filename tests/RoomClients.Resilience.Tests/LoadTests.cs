using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing;

namespace RoomClients.Resilience.Tests;

/// <summary>2,000 concurrent operations across every provider's simulator on loopback: zero failures, bounded in time.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task Two_thousand_concurrent_operations_across_providers_all_succeed()
    {
        const int Operations = 2000;
        var simulators = new List<ProviderSimulator>();
        var services = new ServiceCollection();
        var rooms = services.AddRoomClients();
        rooms.ConfigureResilience((_, o) =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(20);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(60);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
        });
        foreach (var provider in ProviderProfile.All)
        {
            var simulator = provider.StartSimulator();
            simulators.Add(simulator);
            provider.Register(rooms, simulator.Url);
        }

        try
        {
            await using var sp = services.BuildServiceProvider();
            var factory = sp.GetRequiredService<IRoomServiceFactory>();
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            bound.CancelAfter(TimeSpan.FromMinutes(3));
            var failures = 0;
            var stopwatch = Stopwatch.StartNew();
            var mismatches = 0;
            var seeds = new Dictionary<string, string[]>();
            foreach (var provider in ProviderProfile.All)
            {
                var service = factory.GetRoomService(provider.Name);
                seeds[provider.Name] = [
                    (await service.CreateRoomAsync(provider.NewRoom(), bound.Token)).Id,
                    (await service.CreateRoomAsync(provider.NewRoom(), bound.Token)).Id,
                    (await service.CreateRoomAsync(provider.NewRoom(), bound.Token)).Id,
                ];
            }

            await Parallel.ForEachAsync(Enumerable.Range(0, Operations), new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = bound.Token }, async (i, ct) =>
            {
                var provider = ProviderProfile.All[i % ProviderProfile.All.Count];
                var service = factory.GetRoomService(provider.Name);
                try
                {
                    if (i % 4 == 0)
                    {
                        var created = await service.CreateRoomAsync(provider.NewRoom(), ct);
                        if (seeds[provider.Name].Contains(created.Id, StringComparer.Ordinal))
                        {
                            Interlocked.Increment(ref mismatches); // a create answered with another call's room
                        }

                        await service.DeleteRoomAsync(created.Id, ct);
                    }
                    else
                    {
                        // Concurrent gets of different rooms: each caller must get its own room back (the adapters' pooled
                        // async state is reused across calls; a mix-up would show here).
                        var id = seeds[provider.Name][i % 3];
                        var room = await service.GetRoomAsync(id, ct);
                        if (!string.Equals(room.Id, id, StringComparison.Ordinal))
                        {
                            Interlocked.Increment(ref mismatches);
                        }
                    }
                }
                catch (RoomServiceException)
                {
                    Interlocked.Increment(ref failures);
                }
            });

            stopwatch.Stop();
            var message = $"load: {Operations} operations over {ProviderProfile.All.Count} provider(s) in {stopwatch.Elapsed.TotalSeconds:F1} s ({Operations / stopwatch.Elapsed.TotalSeconds:F0} ops/s), {failures} failures, {mismatches} mismatched answers";
            var vonage = simulators.OfType<RoomClients.Testing.Vonage.VonageSimulator>().SingleOrDefault();
            if (vonage is not null)
            {
                message += $", {vonage.DistinctTokenCount} Vonage JWT(s) signed";
            }

            var zoom = simulators.OfType<RoomClients.Testing.Zoom.ZoomSimulator>().SingleOrDefault();
            if (zoom is not null)
            {
                message += $", {zoom.TokenRequestCount} Zoom OAuth token request(s) for {zoom.RequestCount} Zoom API calls";
            }

            Report.Line(message);
            Assert.Equal(0, failures);
            Assert.Equal(0, mismatches);
            if (zoom is not null)
            {
                Assert.Equal(1, zoom.TokenRequestCount); // one token per token lifetime (1 h), however many callers wait for it
            }

            if (vonage is not null)
            {
                Assert.Equal(1, vonage.DistinctTokenCount); // one RS256 signature per token lifetime (15 min), however many callers
            }
        }
        finally
        {
            foreach (var simulator in simulators)
            {
                simulator.Dispose();
            }
        }
    }
}
