// QuickStart: the same flow on every provider (create, list, get, delete), printed as a table.
// With no credentials configured, each provider runs against RoomClients.Testing's simulator on loopback.
// Configure real credentials in appsettings.json or environment variables, e.g. ROOMCLIENTS__WHEREBY__APIKEY.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QuickStart;
using RoomClients;
using RoomClients.DependencyInjection;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var simulators = new List<IDisposable>();
var rooms = builder.Services.AddRoomClients();
foreach (var setup in Providers.All)
{
    if (setup.IsConfigured(builder.Configuration))
    {
        Console.WriteLine($"{setup.Name}: credentials found in configuration, using the real API.");
        setup.RegisterReal(rooms);
    }
    else
    {
        Console.WriteLine($"{setup.Name}: no credentials configured (RoomClients:{setup.Name}:{setup.CredentialKey}), using the built-in simulator.");
        simulators.Add(setup.RegisterSimulated(rooms));
    }
}

var results = new List<string[]>();
var failed = false;
try
{
    using var host = builder.Build();
    await host.StartAsync(); // validates every provider's options: a missing setting fails here, by name
    var factory = host.Services.GetRequiredService<IRoomServiceFactory>();
    foreach (var name in factory.Names)
    {
        var service = factory.GetRoomService(name);
        try
        {
            results.Add(await RunFlowAsync(service));
        }
        catch (RoomServiceException ex)
        {
            failed = true;
            Console.Error.WriteLine($"{name}: {ex.GetType().Name}: {ex.Message}");
            results.Add([name, "FAILED", ex.GetType().Name, string.Empty, string.Empty]);
        }
    }

    await host.StopAsync();
}
finally
{
    foreach (var simulator in simulators)
    {
        simulator.Dispose();
    }
}

PrintTable(["provider", "room id", "join URL (guests)", "host URL (moderators)", "list/get/delete"], results);
return failed ? 1 : 0;

static async Task<string[]> RunFlowAsync(IRoomService service)
{
    var request = new CreateRoomRequest
    {
        Kind = service.Capabilities.Supports(RoomKind.Instant) ? RoomKind.Instant : RoomKind.Permanent, // Vectera rooms are permanent
        EndsAt = service.Capabilities.Supports(RoomKind.Instant) ? DateTimeOffset.UtcNow.AddHours(1) : null,
        DisplayName = service.Capabilities.SupportsDisplayName ? "QuickStart room" : null,
    };

    var room = await service.CreateRoomAsync(request);
    Console.WriteLine($"{service.Provider}: created {room.Id}");
    Console.WriteLine($"  join URL: {room.JoinUrl}");
    Console.WriteLine($"  host URL: {room.HostUrl}");

    var listed = 0;
    var found = false;
    await foreach (var item in service.ListRoomsAsync(new RoomQuery { PageSize = 20 }))
    {
        listed++;
        found |= item.Id == room.Id;
        if (listed >= 200)
        {
            break;
        }
    }

    var fetched = await service.GetRoomAsync(room.Id);
    await service.DeleteRoomAsync(room.Id);
    var gone = false;
    try
    {
        await service.GetRoomAsync(room.Id);
    }
    catch (RoomNotFoundException)
    {
        gone = true;
    }

    var check = $"listed {listed}{(found ? " (found)" : " (missing!)")}, get {(fetched.JoinUrl == room.JoinUrl ? "ok" : "differs")}, delete {(gone ? "ok" : "still there")}";
    Console.WriteLine($"  {check}");
    return [service.Provider, room.Id, room.JoinUrl.ToString(), room.HostUrl?.ToString() ?? "(none)", check];
}

static void PrintTable(string[] header, List<string[]> rows)
{
    var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
    string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
    Console.WriteLine();
    Console.WriteLine(Line(header));
    Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
    foreach (var row in rows)
    {
        Console.WriteLine(Line(row));
    }
}
