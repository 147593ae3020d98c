// QuickStart: the same flow on every provider (create, list, get, delete), printed as a table.
// With no credentials configured, each provider runs against RoomClients.Testing's simulator on loopback.
// Configure real credentials in appsettings.json or environment variables, e.g. ROOMCLIENTS__WHEREBY__APIKEY.
//
//   dotnet run --project samples/QuickStart
//   dotnet run --project samples/QuickStart -- --serve-simulators sims.json   (only start the simulators and write their
//       settings to sims.json, until Ctrl+C: the native-AOT build, samples/QuickStart.Aot, runs the flow against them)
using System.Runtime.InteropServices;
using RoomClients;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuickStart;

var serveIndex = Array.IndexOf(args, "--serve-simulators");
if (serveIndex >= 0)
{
    if (serveIndex + 1 >= args.Length)
    {
        Console.Error.WriteLine("usage: QuickStart --serve-simulators <settings.json>");
        return 2;
    }

    return await ServeSimulatorsAsync(args[serveIndex + 1]);
}

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var simulators = new List<RunningSimulator>();
var rooms = builder.Services.AddRoomClients();
try
{
    foreach (var setup in ProviderSetup.All)
    {
        if (setup.IsConfigured(builder.Configuration))
        {
            Console.WriteLine($"{setup.Name}: credentials found in configuration, using the real API.");
        }
        else
        {
            Console.WriteLine($"{setup.Name}: no credentials configured (RoomClients:{setup.Name}:{setup.CredentialKey}), using the built-in simulator.");
            var simulator = Simulators.Start(setup.Name);
            simulators.Add(simulator);
            builder.Configuration.AddInMemoryCollection(simulator.Settings); // bound exactly like real settings
        }

        setup.Register(rooms);
    }

    using var host = builder.Build();
    return await QuickStartFlow.RunHostAsync(host, CancellationToken.None, (name, room) =>
        simulators.FirstOrDefault(s => s.Simulator.Provider == name)?.Simulator.AddRecording(room.Id));
}
finally
{
    foreach (var simulator in simulators)
    {
        simulator.Simulator.Dispose();
    }
}

// Starts every provider's simulator, writes the settings that point at them (appsettings.json shape) and waits for
// SIGINT/SIGTERM, at most 10 minutes.
static async Task<int> ServeSimulatorsAsync(string settingsPath)
{
    var started = ProviderSetup.All.Select(setup => Simulators.Start(setup.Name)).ToList();
    try
    {
        var root = new JsonObject();
        foreach (var (key, value) in started.SelectMany(s => s.Settings))
        {
            var node = root;
            var parts = key.Split(':');
            foreach (var part in parts[..^1])
            {
                node = (JsonObject)(node[part] ??= new JsonObject());
            }

            node[parts[^1]] = value;
        }

        var temporary = settingsPath + ".tmp";
        await File.WriteAllTextAsync(temporary, root.ToJsonString(new() { WriteIndented = true }));
        File.Move(temporary, settingsPath, overwrite: true); // appears whole: a reader never sees half a file
        Console.WriteLine($"simulators ready: settings in {settingsPath}");

        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        Console.WriteLine("simulators stopped");
        return 0;
    }
    finally
    {
        foreach (var simulator in started)
        {
            simulator.Simulator.Dispose();
        }
    }
}
