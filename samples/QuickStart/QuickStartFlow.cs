using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoomClients;

namespace QuickStart;

/// <summary>The QuickStart flow, shared by QuickStart and its native-AOT build (QuickStart.Aot): create, list, get, delete, printed as a table.</summary>
internal static class QuickStartFlow
{
    /// <summary>The table's header.</summary>
    public static readonly string[] Header = ["provider", "room id", "join URL (guests)", "host URL (moderators)", "list/get/delete"];

    /// <summary>Starts the host (which validates every provider's options: a missing setting fails here, by name), runs the flow on every registered provider and stops it.</summary>
    /// <returns>The process exit code: 0 when every provider completed the flow.</returns>
    public static async Task<int> RunHostAsync(IHost host, CancellationToken cancellationToken)
    {
        await host.StartAsync(cancellationToken);
        var factory = host.Services.GetRequiredService<IRoomServiceFactory>();
        var ok = await RunAllAsync(factory.Names.Select(name => (name, factory.GetRoomService(name))), cancellationToken);
        await host.StopAsync(cancellationToken);
        return ok ? 0 : 1;
    }

    /// <summary>Runs the flow on every named service; a provider's typed error is printed and marks the run failed.</summary>
    /// <returns><see langword="true"/> when every provider completed the flow.</returns>
    public static async Task<bool> RunAllAsync(IEnumerable<(string Name, IRoomService Service)> services, CancellationToken cancellationToken)
    {
        var results = new List<string[]>();
        var ok = true;
        foreach (var (name, service) in services)
        {
            try
            {
                results.Add(await RunAsync(service, cancellationToken));
            }
            catch (RoomServiceException ex)
            {
                ok = false;
                Console.Error.WriteLine($"{name}: {ex.GetType().Name}: {ex.Message}");
                results.Add([name, "FAILED", ex.GetType().Name, string.Empty, string.Empty]);
            }
        }

        PrintTable(Header, results);
        return ok;
    }

    /// <summary>Creates a room, finds it in the listing, gets it, deletes it and checks it is gone.</summary>
    /// <returns>The table row.</returns>
    public static async Task<string[]> RunAsync(IRoomService service, CancellationToken cancellationToken)
    {
        var instant = service.Capabilities.Supports(RoomKind.Instant); // Vectera rooms are permanent
        var request = new CreateRoomRequest
        {
            Kind = instant ? RoomKind.Instant : RoomKind.Permanent,
            EndsAt = instant ? DateTimeOffset.UtcNow.AddHours(1) : null,
            DisplayName = service.Capabilities.SupportsDisplayName ? "QuickStart room" : null,
        };

        var room = await service.CreateRoomAsync(request, cancellationToken);
        Console.WriteLine($"{service.Provider}: created {room.Id}");
        Console.WriteLine($"  join URL: {room.JoinUrl}");
        Console.WriteLine($"  host URL: {room.HostUrl?.ToString() ?? "(none: this provider has no separate host link)"}");
        Console.WriteLine($"  store as: {room.Reference} (one column for every provider; IRoomRouter finds the room again)");

        var listed = 0;
        var found = false;
        await foreach (var item in service.ListRoomsAsync(new RoomQuery { PageSize = 20 }, cancellationToken))
        {
            listed++;
            found |= item.Id == room.Id;
            if (listed >= 200)
            {
                break;
            }
        }

        var fetched = await service.GetRoomAsync(room.Id, cancellationToken);
        await service.DeleteRoomAsync(room.Id, cancellationToken);
        var gone = false;
        try
        {
            await service.GetRoomAsync(room.Id, cancellationToken);
        }
        catch (RoomNotFoundException)
        {
            gone = true;
        }

        var check = $"listed {listed}{(found ? " (found)" : " (missing!)")}, get {(fetched.JoinUrl == room.JoinUrl ? "ok" : "differs")}, delete {(gone ? "ok" : "still there")}";
        Console.WriteLine($"  {check}");
        return [service.Provider, room.Id, room.JoinUrl.ToString(), room.HostUrl?.ToString() ?? "(none)", check];
    }

    /// <summary>Prints rows as a Markdown-style table.</summary>
    public static void PrintTable(string[] header, IReadOnlyList<string[]> rows)
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
}
