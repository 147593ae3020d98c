// QuickStart.Aot: QuickStart's flow (create, list, get, delete on every configured provider) as a native-AOT
// executable. It holds no simulator, so it needs settings: real credentials (appsettings.json, environment variables
// such as ROOMCLIENTS__WHEREBY__APIKEY) or the settings file QuickStart writes for its simulators:
//
//   samples/QuickStart.Aot/run.sh             publishes this sample natively, starts the simulators, runs it (offline)
//   QuickStart.Aot --settings sims.json       runs against the settings in a JSON file
using Microsoft.Extensions.Configuration;
using RoomClients;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuickStart;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var settingsIndex = Array.IndexOf(args, "--settings");
if (settingsIndex >= 0)
{
    if (settingsIndex + 1 >= args.Length || !File.Exists(args[settingsIndex + 1]))
    {
        Console.Error.WriteLine("usage: QuickStart.Aot [--settings <settings.json>]: the file must exist.");
        return 2;
    }

    builder.Configuration.AddJsonFile(Path.GetFullPath(args[settingsIndex + 1]), optional: false);
}

var configured = ProviderSetup.All.Where(setup => setup.IsConfigured(builder.Configuration)).ToList();
if (configured.Count == 0)
{
    Console.WriteLine("No provider is configured and this native build carries no simulator.");
    Console.WriteLine("Run samples/QuickStart.Aot/run.sh to publish it and run it against the simulators,");
    Console.WriteLine("or configure credentials, e.g. ROOMCLIENTS__WHEREBY__APIKEY (see samples/QuickStart/appsettings.json).");
    return 0;
}

Console.WriteLine($"native AOT: {System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported is false}; providers: {string.Join(", ", configured.Select(s => s.Name))}");
var rooms = builder.Services.AddRoomClients();
foreach (var setup in configured)
{
    setup.Register(rooms);
}

using var host = builder.Build();
return await QuickStartFlow.RunHostAsync(host, CancellationToken.None);
