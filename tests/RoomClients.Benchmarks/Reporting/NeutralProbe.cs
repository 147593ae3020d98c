using Microsoft.Extensions.DependencyInjection;
using RoomClients.Benchmarks.Benchmarks;
using RoomClients.Benchmarks.Providers;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Reporting;

/// <summary>
/// <c>neutral [provider…]</c>: exact bytes per get through the SDK's Refit client, through <see cref="IRoomService"/>
/// without the telemetry stage and with it, so the neutral layer's cost splits into the adapter (call and mapping to
/// <see cref="Room"/>) and the telemetry stage (a profiling aid; the server's share is included and the same in every row).
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
                var full = Harness.BuildSdk(provider, server.BaseAddress);
                var services = new ServiceCollection();
                services.AddRoomClients(rooms => provider.AddSdk(rooms.WithoutTelemetry(), server.BaseAddress));
                var bare = services.BuildServiceProvider();
                await using (full.ConfigureAwait(false))
                await using (bare.ConfigureAwait(false))
                {
                    var id = provider.RoomId;
                    if (provider.SdkApiGet(full) is { } apiGet)
                    {
                        await AllocationProbeRunner.MeasureAsync(provider.Name, "Get_SdkRefitClient", 2_000, apiGet).ConfigureAwait(false);
                    }

                    var withoutTelemetry = Harness.ResolveRooms(bare, provider);
                    await AllocationProbeRunner.MeasureAsync(provider.Name, "Get_SdkNoTelemetry", 2_000, async () => (await withoutTelemetry.GetRoomAsync(id).ConfigureAwait(false)).Id).ConfigureAwait(false);
                    var rooms = Harness.ResolveRooms(full, provider);
                    await AllocationProbeRunner.MeasureAsync(provider.Name, "Get_Sdk", 2_000, async () => (await rooms.GetRoomAsync(id).ConfigureAwait(false)).Id).ConfigureAwait(false);
                }
            }
        }

        return 0;
    }
}
