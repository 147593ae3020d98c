// EnableX's own surface: a scheduled room (start time, duration, typed settings) and an ad-hoc room through IRoomService
// with EnableXRoomOptions, the participant and moderator meeting URLs (EnableXMeetingUrls, Lite and Premium domains),
// named participant links, a moderator token through IEnableXApi, listing, recordings, and deletion.
//
// Offline (the default) it runs against RoomClients.Testing's EnableX simulator. For real, configure your project:
//   ROOMCLIENTS__ENABLEX__APPID=<APP_ID>  ROOMCLIENTS__ENABLEX__APPKEY=<APP_KEY>  ROOMCLIENTS__ENABLEX__MEETINGSUBDOMAIN=<your embed subdomain>
//   dotnet run --project samples/EnableX.Sample
// White label: the brand is configuration, not code. SAMPLE__USESMARTFLOMEET=true (or -- --Sample:UseSmartflomeet=true)
// makes this sample call EnableXOptions.UseSmartflomeet(), i.e. https://api.smartflomeet.ttns.in/video/v1/; the same
// through settings alone is ROOMCLIENTS__ENABLEX__BASEADDRESS=https://api.smartflomeet.ttns.in/ and
// ROOMCLIENTS__ENABLEX__APIVERSIONPATH=video/v1.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoomClients;
using RoomClients.EnableX;
using RoomClients.EnableX.Models;
using RoomClients.Testing.EnableX;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var smartflomeet = builder.Configuration.GetValue<bool>("Sample:UseSmartflomeet");
EnableXSimulator? simulator = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["RoomClients:enablex:AppKey"]))
{
    // The simulator serves the version path the brand uses: video/v2 for EnableX, video/v1 for Smartflomeet.
    simulator = new EnableXSimulator(apiVersionPath: smartflomeet ? EnableXOptions.SmartflomeetApiVersionPath : EnableXOptions.DefaultApiVersionPath);
    Console.WriteLine($"No EnableX APP_KEY configured: using the built-in simulator at {simulator.BaseAddress}");
}

builder.Services.AddRoomClients(rooms => rooms.AddEnableX(o =>
{
    if (smartflomeet)
    {
        o.UseSmartflomeet(); // Smartflomeet's API host and version path; meeting URLs keep MeetingSubdomain/MeetingDomain
    }

    if (simulator is not null)
    {
        o.AppId = simulator.AppId;
        o.AppKey = simulator.AppKey;
        o.BaseAddress = simulator.BaseAddress;
        o.ApiVersionPath = simulator.ApiVersionPath;
        o.MeetingSubdomain = "sample";
    }
}));

using var host = builder.Build();
await host.StartAsync(); // validates the options: a missing AppId, AppKey or MeetingSubdomain fails here, by name
var rooms = host.Services.GetRequiredService<IRoomService>();
var enablex = host.Services.GetRequiredService<IEnableXApi>();
var options = host.Services.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(RoomProviders.EnableX);
Console.WriteLine($"Using {options}");

try
{
    // 1. A scheduled room: StartsAt becomes scheduled_time (GMT), EndsAt - StartsAt the duration in minutes;
    //    every other documented setting is typed in EnableXRoomSettings.
    var startsAt = DateTimeOffset.UtcNow.AddDays(1);
    startsAt = new DateTimeOffset(startsAt.Year, startsAt.Month, startsAt.Day, 9, 30, 0, TimeSpan.Zero);
    var scheduled = new CreateRoomRequest
    {
        Kind = RoomKind.Scheduled,
        DisplayName = "Quarterly review",
        StartsAt = startsAt,
        EndsAt = startsAt.AddMinutes(45),
        RecordAutomatically = true, // auto_recording
        Locked = true,              // knock: a moderator admits each participant
        Metadata = { ["crm_id"] = "4711" }, // data
    };
    scheduled.ProviderOptions.Add(new EnableXRoomOptions
    {
        OwnerRef = "sample-owner",
        Mode = EnableXRoomMode.Lecture,
        Settings = new EnableXRoomSettings
        {
            Description = "Quarterly business review with the customer",
            Moderators = 2,
            Participants = 20,
            Quality = "HD",
            MaxActiveTalkers = 6,
            WaitForModerator = true,
            ScreenShare = true,
            MediaZone = "XX", // automatic
        },
    });
    var room = await rooms.CreateRoomAsync(scheduled);
    var settings = (room.RawRepresentation as EnableXRoom)?.Settings;
    Console.WriteLine($"1. scheduled room {room.Id} \"{room.DisplayName}\" ({room.Kind})");
    Console.WriteLine($"   {room.StartsAt:u} – {room.EndsAt:u}: scheduled_time \"{settings?.ScheduledTime}\" GMT, {settings?.Duration} min, " +
        $"mode {settings?.Mode}, {settings?.Moderators} moderators, {settings?.Participants} participants, knock {settings?.Knock}, auto_recording {settings?.AutoRecording}");

    // 2. Meeting URLs: the room's JoinUrl/HostUrl use the configured domain (Lite by default); EnableXMeetingUrls builds
    //    them for another domain, such as Premium (12-tile layout). The moderator URL carries base64("ROOM_ID-APP_ID").
    Console.WriteLine($"2. participant URL: {room.JoinUrl}");
    Console.WriteLine($"   moderator URL:   {room.HostUrl}");
    Console.WriteLine($"   Premium participant: {EnableXMeetingUrls.Participant(options.MeetingSubdomain, EnableXMeetingUrls.PremiumDomain, room.Id)}");
    Console.WriteLine($"   Premium moderator:   {EnableXMeetingUrls.Moderator(options.MeetingSubdomain, EnableXMeetingUrls.PremiumDomain, room.Id, options.AppId)}");

    //    Named links per participant: the same URLs with EnableX's name and user_ref parameters.
    var patient = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { DisplayName = "Pat Patient", ExternalParticipantId = "patient-42" });
    var doctor = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Lee" });
    Console.WriteLine($"   named guest:     {patient.Url}");
    Console.WriteLine($"   named moderator: {doctor.Url}");

    // 3. For your own client built on EnableX's SDKs: a single-use join token (use within 15 minutes).
    var token = await enablex.CreateTokenAsync(room.Id, new EnableXCreateTokenRequest { Name = "Alice (host)", Role = EnableXRole.Moderator, UserRef = "alice" });
    Console.WriteLine($"3. moderator token: {token.Token?[..Math.Min(24, token.Token.Length)]}… ({token.Token?.Length} chars)");

    // 4. An ad-hoc room: one session, usable for `duration` minutes after first use (EndsAt - now).
    var adhoc = new CreateRoomRequest { Kind = RoomKind.Instant, DisplayName = "Support call", EndsAt = DateTimeOffset.UtcNow.AddMinutes(30) };
    adhoc.ProviderOptions.Add(new EnableXRoomOptions { OwnerRef = "sample-owner", Settings = new EnableXRoomSettings { Participants = 2 } });
    var adhocRoom = await rooms.CreateRoomAsync(adhoc);
    Console.WriteLine($"4. ad-hoc room {adhocRoom.Id} ({adhocRoom.Kind}, {(adhocRoom.RawRepresentation as EnableXRoom)?.Settings?.Duration} min): {adhocRoom.JoinUrl}");

    // 5. Listing: EnableX answers with every room at once (Capabilities.ListsInPages is false); filter by owner_ref yourself.
    var listed = 0;
    var ours = new List<string>();
    await foreach (var item in rooms.ListRoomsAsync())
    {
        listed++;
        if ((item.RawRepresentation as EnableXRoom)?.OwnerRef == "sample-owner")
        {
            ours.Add($"{item.Id} {item.Kind} \"{item.DisplayName}\"");
        }
    }

    Console.WriteLine($"5. listed {listed} room(s) in one answer (pages: {rooms.Capabilities.ListsInPages}); owner_ref sample-owner:");
    ours.ForEach(line => Console.WriteLine($"   {line}"));

    // 6. Recordings: one archive record per recorded session (the simulator adds one, as EnableX would after a session);
    //    the link is the transcoded file on the portal, which asks for the project's recording-access credentials.
    simulator?.AddRecording(room.Id);
    await foreach (var recording in rooms.ListRecordingsAsync(room.Id))
    {
        var download = recording.State == RoomRecordingState.Ready ? await rooms.GetRecordingLinkAsync(room.Id, recording.Id) : null;
        Console.WriteLine($"6. {recording} started {recording.StartedAt:u}: {download?.Url}");
    }

    // 7. Delete both (EnableX refuses while a session is running).
    await rooms.DeleteRoomAsync(room.Id);
    await rooms.DeleteRoomAsync(adhocRoom.Id);
    Console.WriteLine($"7. rooms {room.Id} and {adhocRoom.Id} deleted");
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
