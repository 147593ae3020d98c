// Failover: one IRoomService over two providers. Rooms are created in a loop; midway Whereby goes into maintenance
// (HTTP 503 with Retry-After: nothing was created, so the create may safely go elsewhere) and EnableX takes over; once
// Whereby answers again the failover's circuit closes and it serves again. Every room is stored as one string, its
// RoomReference ("whereby:…" / "enablex:…"), and found again and deleted from that string alone.
// Runs offline against the simulators from RoomClients.Testing.
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using RoomClients;
using RoomClients.EnableX;
using RoomClients.Routing;
using RoomClients.Testing.EnableX;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby;

const int MaxCreates = 40; // stops earlier: two creates after Whereby serves again
const int OutageStartsAt = 4; // the create at which Whereby starts answering 503
const int OutageAnswers = 3; // how many 503s it answers before it is back
var pause = TimeSpan.FromMilliseconds(200);

using var whereby = new WherebySimulator();
using var enablex = new EnableXSimulator();
var events = new ConcurrentQueue<RoomFailoverEvent>();

var services = new ServiceCollection();
services.AddRoomClients(rooms => rooms
    .AddWhereby(o =>
    {
        o.ApiKey = whereby.ApiKey;
        o.BaseAddress = whereby.BaseAddress;
    })
    .Builder.AddEnableX(o =>
    {
        o.AppId = enablex.AppId;
        o.AppKey = enablex.AppKey;
        o.BaseAddress = enablex.BaseAddress;
        o.ApiVersionPath = enablex.ApiVersionPath;
        o.MeetingSubdomain = "failover-sample";
    })
    .Builder.AddFailover("rooms", f =>
    {
        f.Use(RoomProviders.Whereby).Then(RoomProviders.EnableX);
        f.FailureThreshold = 2; // two refusals in a row open Whereby's circuit...
        f.BreakDuration = TimeSpan.FromSeconds(1); // ...for a second, then one create probes it
        f.OnEvent = events.Enqueue;
    })
    .Builder.SetDefault("rooms"));

await using var provider = services.BuildServiceProvider();
var rooms = provider.GetRequiredService<IRoomService>(); // the failover: it is the default
var router = provider.GetRequiredService<IRoomRouter>();
var health = provider.GetRequiredKeyedService<IRoomFailover>("rooms");

var stored = new List<string>(); // what an application would keep in one database column
var rows = new List<string[]>();
var failed = false;
var recoveredAt = 0;
for (var i = 1; i <= MaxCreates && (recoveredAt == 0 || i <= recoveredAt + 2); i++)
{
    if (i == OutageStartsAt)
    {
        Console.WriteLine($"-- create {i}: Whereby goes into maintenance (503, Retry-After: 120) for its next {OutageAnswers} answers");
        whereby.EnqueueFault(503, """{"error":"Down for maintenance"}""", times: OutageAnswers, headers: new Dictionary<string, string> { ["Retry-After"] = "120" });
    }

    try
    {
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) });
        stored.Add(room.Reference.ToString());
        if (i > OutageStartsAt && recoveredAt == 0 && room.Reference.Name == RoomProviders.Whereby)
        {
            recoveredAt = i; // the circuit's probe went through: Whereby is back
        }

        rows.Add([i.ToString(System.Globalization.CultureInfo.InvariantCulture), room.Reference.Name, room.Reference.ToString(), Describe(events)]);
    }
    catch (RoomServiceException ex)
    {
        failed = true;
        rows.Add([i.ToString(System.Globalization.CultureInfo.InvariantCulture), "FAILED", ex.GetType().Name, ex.Message]);
    }

    await Task.Delay(pause);
}

PrintTable(["#", "served by", "stored reference", "what the failover did"], rows);

Console.WriteLine();
Console.WriteLine("Health now: " + string.Join(", ", health.GetHealth().Select(h => $"{h.Name} {h.State}")));
Console.WriteLine($"Rooms on the simulators: whereby {whereby.MeetingCount}, enablex {enablex.RoomCount} (created {stored.Count})");

Console.WriteLine();
Console.WriteLine("Finding each room again from its stored string, then deleting it:");
var found = 0;
foreach (var text in stored)
{
    var reference = RoomReference.Parse(text);
    var room = await router.GetRoomAsync(reference);
    await router.DeleteRoomAsync(reference);
    found++;
    Console.WriteLine($"  {text,-40} -> {room.Provider,-8} {room.JoinUrl}  deleted");
}

var servedBy = rows.Where(r => r[1] != "FAILED").Select(r => r[1]).Distinct().ToList();
var left = whereby.MeetingCount + enablex.RoomCount;
Console.WriteLine();
Console.WriteLine($"{found} rooms found and deleted, {left} left; served by: {string.Join(" and ", servedBy)}.");
Console.WriteLine(recoveredAt > 0 ? $"Whereby served again from create {recoveredAt}." : "Whereby had not recovered yet.");
return failed || left != 0 || found != stored.Count || servedBy.Count != 2 ? 1 : 0;

static string Describe(ConcurrentQueue<RoomFailoverEvent> events)
{
    var notes = new List<string>();
    while (events.TryDequeue(out var e))
    {
        notes.Add(e.Kind switch
        {
            RoomFailoverEventKind.FellOver => $"{e.Provider} refused ({(int?)(e.Exception as RoomServiceException)?.StatusCode}), fell over",
            RoomFailoverEventKind.Skipped => $"{e.Provider} skipped (circuit open)",
            RoomFailoverEventKind.CircuitOpened => $"{e.Provider} circuit opened",
            RoomFailoverEventKind.CircuitClosed => $"{e.Provider} circuit closed",
            RoomFailoverEventKind.Failed => $"{e.Provider} failed: {e.Exception?.Message}",
            _ => null,
        } ?? string.Empty);
    }

    return string.Join("; ", notes.Where(n => n.Length > 0));
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
