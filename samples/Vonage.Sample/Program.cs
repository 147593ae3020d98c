// Vonage Meetings' own surface: a theme (create, set on a room and as the application default, list, delete) and a
// session's recordings (list, get, delete) through IVonageMeetingsApi, plus a long-term room through IRoomService with
// VonageRoomOptions (expiry, join approval, microphone default, features, UI language, metadata).
//
// Offline (the default) it runs against RoomClients.Testing's Vonage simulator, which makes an RSA key pair at start-up:
// the SDK signs its application JWTs with that run-time key, so no key material lives in the repository.
// For real, configure the application (Vonage closed Meetings to new applications; see src/RoomClients.Vonage/README.md):
//   ROOMCLIENTS__VONAGE__APPLICATIONID=<uuid>  ROOMCLIENTS__VONAGE__PRIVATEKEYPATH=<path to private.key>
//   (or ROOMCLIENTS__VONAGE__PRIVATEKEY with the PEM text; BaseAddress for a compatible server)
//   SAMPLE__SESSIONID=<session_id from a session:ended or recording:uploaded callback> to list that session's recordings.
//   dotnet run --project samples/Vonage.Sample
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoomClients;
using RoomClients.Testing.Vonage;
using RoomClients.Vonage;
using RoomClients.Vonage.Models;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
VonageSimulator? simulator = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["RoomClients:vonage:ApplicationId"]))
{
    simulator = new VonageSimulator(); // generates its key pair now; PrivateKeyPem is the private half
    Console.WriteLine($"No Vonage application configured: using the built-in simulator at {simulator.BaseAddress}");
}

builder.Services.AddRoomClients(rooms => rooms.AddVonage(o =>
{
    if (simulator is not null)
    {
        o.ApplicationId = simulator.ApplicationId;
        o.PrivateKey = simulator.PrivateKeyPem;
        o.BaseAddress = simulator.BaseAddress;
    }
}));

using var host = builder.Build();
await host.StartAsync(); // validates the options: a missing or malformed key fails here, naming the setting
var rooms = host.Services.GetRequiredService<IRoomService>();
var vonage = host.Services.GetRequiredService<IVonageMeetingsApi>();
var suffix = DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

try
{
    // 1. A theme: main colour and brand text are required; theme names are unique per application.
    var theme = await vonage.CreateThemeAsync(new CreateThemeRequest
    {
        ThemeName = $"roomclients-sample-{suffix}",
        MainColor = "#0B5FFF",
        BrandText = "RoomClients Sample",
    });
    var themeId = theme.ThemeId ?? throw new InvalidOperationException("Vonage returned a theme without theme_id.");
    Console.WriteLine($"1. theme {theme.ThemeName} created: {themeId} (main colour {theme.MainColor})");

    // 2. A long-term room through the neutral API: EndsAt makes it long_term (more than 10 minutes, at most a year ahead);
    //    everything only Vonage has goes in VonageRoomOptions.
    var request = new CreateRoomRequest { DisplayName = "Weekly team sync", EndsAt = DateTimeOffset.UtcNow.AddDays(30), RecordAutomatically = false };
    request.ProviderOptions.Add(new VonageRoomOptions
    {
        Metadata = "crm-meeting:4711",
        ExpireAfterUse = false,
        JoinApprovalLevel = VonageJoinApprovalLevel.AfterOwnerOnly,
        InitialJoinOptions = new InitialJoinOptions { MicrophoneState = "off" },
        AvailableFeatures = new AvailableFeatures { IsWhiteboardAvailable = false, IsCaptionsAvailable = true },
        UiSettings = new UiSettings { Language = "en" },
    });
    var room = await rooms.CreateRoomAsync(request);
    Console.WriteLine($"2. long-term room {room.Id} \"{room.DisplayName}\" (type {room.Metadata.GetValueOrDefault("type")}, meeting code {room.Metadata.GetValueOrDefault("meeting_code")})");
    Console.WriteLine($"   guests: {room.JoinUrl}");
    Console.WriteLine($"   host:   {room.HostUrl}");
    Console.WriteLine($"   expires {room.EndsAt:u}, join approval {room.Metadata.GetValueOrDefault("join_approval_level")}");

    // 2b. Participant links, the neutral way: a Vonage room has one guest URL and one host URL, handed out by role; a name,
    //     an application id, an expiry or a viewer are refused before anything is sent (Capabilities says so).
    var guest = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest());
    var moderator = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host });
    Console.WriteLine($"   links: {guest.Role} {guest.Url}, {moderator.Role} link until {moderator.ExpiresAt:u}");
    try
    {
        await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { DisplayName = "Patient" });
    }
    catch (RoomFeatureNotSupportedException ex)
    {
        Console.WriteLine($"   a named link: {ex.Message}");
    }

    // 3. Set the theme on the room and extend its expiry (PATCH /rooms/{id} with update_details).
    var update = new UpdateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddDays(60) };
    update.ProviderOptions.Add(new VonageRoomOptions { ThemeId = themeId });
    room = await rooms.UpdateRoomAsync(room.Id, update);
    Console.WriteLine($"3. room theme set to {room.Metadata.GetValueOrDefault("theme_id")}, now expires {room.EndsAt:u}");

    // 4. Make it the application's default theme (rooms created without theme_id get it), then list themes and their rooms.
    var application = await vonage.UpdateApplicationAsync(new UpdateApplicationRequest { UpdateDetails = new ApplicationUpdateDetails { DefaultThemeId = themeId } });
    Console.WriteLine($"4. application default theme: {application.DefaultThemeId}");
    foreach (var t in await vonage.ListThemesAsync())
    {
        var themeRooms = await vonage.ListThemeRoomsAsync(t.ThemeId!);
        Console.WriteLine($"   theme {t.ThemeName} ({t.MainColor}, \"{t.BrandText}\"): {themeRooms.Rooms?.Count ?? 0} room(s) on the first page");
    }

    // 5. Recordings belong to a session; its id comes from the session or recording callbacks (VonageCallbackParser).
    //    Nothing lists a room's recordings, so the neutral IRoomRecordings is not offered (Capabilities.SupportsRecordings is false).
    //    Offline, the simulator records a session as if a meeting had happened in the room.
    var sessionId = builder.Configuration["Sample:SessionId"];
    if (simulator is not null)
    {
        sessionId = $"2_MX4{Guid.NewGuid():N}-sim";
        simulator.AddRecording(sessionId);
        simulator.AddRecording(sessionId, status: "started");
    }

    if (string.IsNullOrWhiteSpace(sessionId))
    {
        Console.WriteLine("5. recordings: no Sample:SessionId configured (take one from a session:ended callback); skipped");
    }
    else
    {
        var recordings = await vonage.ListSessionRecordingsAsync(sessionId);
        var list = recordings.Embedded?.Recordings ?? [];
        Console.WriteLine($"5. session {sessionId}: {list.Count} recording(s)");
        foreach (var item in list)
        {
            var recording = await vonage.GetRecordingAsync(item.Id!);
            Console.WriteLine($"   recording {recording.Id} {recording.Status}, {recording.StartedAt:u} – {recording.EndedAt:u}: {recording.Links?.Url?.Href}");
            if (recording.Status == "uploaded")
            {
                await vonage.DeleteRecordingAsync(recording.Id!); // only uploaded recordings can be deleted
                Console.WriteLine("     deleted");
            }
            else
            {
                Console.WriteLine("     kept: only uploaded recordings can be deleted");
            }
        }
    }

    // 6. Clean up: the room (the guide's DELETE /rooms/{id}; a strict v1 server has none and says so with a typed
    //    exception: the room then expires on its own), then the theme (force: it is still the default theme).
    try
    {
        await rooms.DeleteRoomAsync(room.Id);
        Console.WriteLine($"6. room {room.Id} deleted");
    }
    catch (RoomFeatureNotSupportedException ex)
    {
        Console.WriteLine($"6. room {room.Id} not deleted ({ex.Message}); it expires {room.EndsAt:u}");
    }

    await vonage.DeleteThemeAsync(themeId, force: true);
    Console.WriteLine($"   theme {themeId} deleted; {(await vonage.ListThemesAsync()).Count} theme(s) left");
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
