// Whereby's own surface through IWherebyApi: a group room in viewer mode, its theme colours and background, a named
// link per participant (host, guest, viewer), and its cloud recordings with a temporary download link. Runs against the built-in simulator unless
// RoomClients:whereby:ApiKey (or ROOMCLIENTS__WHEREBY__APIKEY) is configured.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoomClients;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby;
using RoomClients.Whereby.Models;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
WherebySimulator? simulator = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["RoomClients:whereby:ApiKey"]))
{
    simulator = new WherebySimulator();
    Console.WriteLine($"No Whereby API key configured: using the built-in simulator at {simulator.BaseAddress}");
}

builder.Services.AddRoomClients(rooms => rooms.AddWhereby(o =>
{
    if (simulator is not null)
    {
        o.ApiKey = simulator.ApiKey;
        o.BaseAddress = simulator.BaseAddress;
    }
}));

using var host = builder.Build();
await host.StartAsync();
var rooms = host.Services.GetRequiredService<IRoomService>();
var whereby = host.Services.GetRequiredService<IWherebyApi>();

try
{
    // 1. A webinar-style room: group mode, viewer mode (host + viewer URLs), recorded automatically.
    var request = new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(2), RecordAutomatically = true };
    request.ProviderOptions.Add(new WherebyRoomOptions { RoomMode = WherebyRoomMode.Group, RoomNamePrefix = "webinar", ViewerMode = true });
    var room = await rooms.CreateRoomAsync(request);
    var roomName = room.Metadata["roomName"];
    Console.WriteLine($"room {room.Id} {roomName}");
    Console.WriteLine($"  guests:  {room.JoinUrl}");
    Console.WriteLine($"  host:    {room.HostUrl}");
    Console.WriteLine($"  viewers: {room.Metadata.GetValueOrDefault("viewerRoomUrl", "(not returned)")}");

    // 2. Brand it: theme colours and a built-in background (PUT /rooms/{roomName}/theme/...).
    var name = roomName.TrimStart('/');
    await whereby.SetRoomThemeTokensAsync(name, new RoomThemeTokensRequest
    {
        Tokens = new RoomThemeTokens { Colors = new RoomThemeColors { Primary = "#0B5FFF", Secondary = "#1B1F3B", Focus = "#FFB800" } },
        TokensPreset = "custom",
    });
    await whereby.SetRoomBackgroundPresetAsync(name, new RoomBackgroundPreset { Theme = "mountains", Palette = "grey" });
    Console.WriteLine("  theme: colours and background set");
    if (simulator?.GetTheme(name) is { } theme)
    {
        Console.WriteLine($"  (simulator now holds {theme.ToJsonString()})");
    }

    // 3. A link per participant (the room's URLs with Whereby's displayName and externalId parameters): the speaker as
    //    host, a named guest whose id comes back in the room.client.* webhooks, an observer as viewer.
    var speaker = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Ada Host" });
    var guest = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { DisplayName = "Grace Guest", ExternalParticipantId = "attendee-42" });
    var observer = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer });
    foreach (var link in new[] { speaker, guest, observer })
    {
        Console.WriteLine($"  {link.Role,-6} link {link.Url.AbsoluteUri} (until {link.ExpiresAt:u})");
    }

    // 4. After the session: its recordings (neutral: listed by the room's id), a 10-minute download link for each
    //    (IWherebyApi: Whereby's validForSeconds), then deleted.
    simulator?.AddRecording(room.Id);
    var count = 0;
    await foreach (var recording in rooms.ListRecordingsAsync(room.Id))
    {
        var link = await whereby.GetRecordingAccessLinkAsync(recording.Id, validForSeconds: 600);
        Console.WriteLine($"  recording {recording.Id}: {recording.Duration} long, {recording.SizeInBytes / 1_000_000.0:0.#} MB: {link.Link} (expires {link.ExpiresAt:u})");
        await rooms.DeleteRecordingAsync(room.Id, recording.Id);
        count++;
    }

    Console.WriteLine($"  {count} recording(s) listed, linked and deleted");
    await rooms.DeleteRoomAsync(room.Id);
    Console.WriteLine("room deleted");
    return 0;
}
catch (RoomServiceException ex)
{
    Console.Error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
    return 1;
}
finally
{
    await host.StopAsync();
    simulator?.Dispose();
}
