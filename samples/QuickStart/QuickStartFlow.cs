using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoomClients;

namespace QuickStart;

/// <summary>The QuickStart flow, shared by QuickStart and its native-AOT build (QuickStart.Aot): create, list, get, delete, printed as a table.</summary>
internal static class QuickStartFlow
{
    /// <summary>The table's header.</summary>
    public static readonly string[] Header = ["provider", "room id", "join URL (guests)", "host URL (moderators)", "participant links / recordings", "list/get/delete"];

    /// <summary>Starts the host (which validates every provider's options: a missing setting fails here, by name), runs the flow on every registered provider and stops it.</summary>
    /// <param name="host">The host.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="addRecording">Gives a room a finished recording where a simulator stands in for the provider (registration name, room; the recording's id or null).</param>
    /// <returns>The process exit code: 0 when every provider completed the flow.</returns>
    public static async Task<int> RunHostAsync(IHost host, CancellationToken cancellationToken, Func<string, Room, string?>? addRecording = null)
    {
        await host.StartAsync(cancellationToken);
        var factory = host.Services.GetRequiredService<IRoomServiceFactory>();
        var ok = await RunAllAsync(factory.Names.Select(name => (name, factory.GetRoomService(name))), cancellationToken, addRecording);
        await host.StopAsync(cancellationToken);
        return ok ? 0 : 1;
    }

    /// <summary>Runs the flow on every named service; a provider's typed error is printed and marks the run failed.</summary>
    /// <returns><see langword="true"/> when every provider completed the flow.</returns>
    public static async Task<bool> RunAllAsync(IEnumerable<(string Name, IRoomService Service)> services, CancellationToken cancellationToken, Func<string, Room, string?>? addRecording = null)
    {
        var results = new List<string[]>();
        var ok = true;
        foreach (var (name, service) in services)
        {
            try
            {
                results.Add(await RunAsync(service, cancellationToken, room => addRecording?.Invoke(name, room)));
            }
            catch (RoomServiceException ex)
            {
                ok = false;
                Console.Error.WriteLine($"{name}: {ex.GetType().Name}: {ex.Message}");
                results.Add([name, "FAILED", ex.GetType().Name, string.Empty, string.Empty, string.Empty]);
            }
        }

        PrintTable(Header, results);
        return ok;
    }

    /// <summary>Creates a room, makes a host and a named guest link, lists its recordings, finds it in the listing, gets it, deletes it and checks it is gone.</summary>
    /// <returns>The table row.</returns>
    public static async Task<string[]> RunAsync(IRoomService service, CancellationToken cancellationToken, Func<Room, string?>? addRecording = null)
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

        var extras = await LinksAndRecordingsAsync(service, room, addRecording, cancellationToken);

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
        return [service.Provider, room.Id, room.JoinUrl.ToString(), room.HostUrl?.ToString() ?? "(none)", extras, check];
    }

    /// <summary>
    /// The optional features, as the capabilities declare them: a host link and a named guest link (the doctor and the
    /// patient), then the room's recordings and a download link for the first.
    /// </summary>
    /// <returns>A summary for the table.</returns>
    private static async Task<string> LinksAndRecordingsAsync(IRoomService service, Room room, Func<Room, string?>? addRecording, CancellationToken cancellationToken)
    {
        var capabilities = service.Capabilities;
        var summary = new List<string>();
        if (capabilities.ParticipantRoles.Count == 0)
        {
            Console.WriteLine("  participant links: none (this provider has the room's join and host URLs only)");
            summary.Add("no participant links");
        }
        else
        {
            var expiresAt = capabilities.SupportsParticipantLinkExpiry ? DateTimeOffset.UtcNow.AddHours(2) : (DateTimeOffset?)null;
            if (capabilities.Supports(RoomParticipantRole.Host))
            {
                var host = await service.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest
                {
                    Role = RoomParticipantRole.Host,
                    DisplayName = capabilities.SupportsHostParticipantNames ? "Dr. Ada Lovelace" : null,
                    ExternalParticipantId = capabilities.SupportsExternalParticipantIds ? "doctor-7" : null,
                    ExpiresAt = expiresAt,
                }, cancellationToken);
                Console.WriteLine($"  host link:  {host.Url}{Until(host)}");
                summary.Add("host");
            }

            var guest = await service.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest
            {
                Role = RoomParticipantRole.Guest,
                DisplayName = capabilities.SupportsParticipantNames ? "Grace Hopper" : null,
                ExternalParticipantId = capabilities.SupportsExternalParticipantIds ? "patient-42" : null,
                Email = "grace@example.com", // sent only where the provider registers guests by address (Zoom)
                ExpiresAt = expiresAt,
            }, cancellationToken);
            Console.WriteLine($"  guest link: {guest.Url}{(guest.DisplayName is null ? " (unnamed: the provider shows the name the guest types)" : $" for {guest.DisplayName}")}{Until(guest)}");
            summary.Add(guest.DisplayName is null ? "guest links" : "named guest links");
        }

        if (!capabilities.SupportsRecordings)
        {
            Console.WriteLine("  recordings: none (this provider keeps no recordings)");
            summary.Add("no recordings");
            return string.Join(", ", summary);
        }

        addRecording?.Invoke(room); // the simulator finishes a recorded meeting; a real provider has recordings only after one
        var recordings = new List<RoomRecording>();
        await foreach (var recording in service.ListRecordingsAsync(room.Id, cancellationToken))
        {
            recordings.Add(recording);
        }

        Console.WriteLine($"  recordings: {recordings.Count}");
        foreach (var recording in recordings.Take(3))
        {
            Console.WriteLine($"    {recording.Id}: {recording.State}, {recording.Duration?.ToString() ?? "length unknown"}, {(recording.SizeInBytes is { } size ? $"{size:N0} bytes" : "size unknown")}");
        }

        if (recordings.FirstOrDefault(r => r.State == RoomRecordingState.Ready) is { } ready)
        {
            var download = await service.GetRecordingLinkAsync(room.Id, ready.Id, cancellationToken);
            Console.WriteLine($"    download: {download.Url}{(download.ExpiresAt is { } until ? $" (until {until:u})" : string.Empty)}");
        }

        summary.Add($"{recordings.Count} recording{(recordings.Count == 1 ? string.Empty : "s")}");
        return string.Join(", ", summary);
    }

    private static string Until(ParticipantLink link) => link.ExpiresAt is { } until ? $" (until {until:u})" : string.Empty;

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
