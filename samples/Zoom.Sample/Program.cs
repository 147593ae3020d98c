// Zoom's own surface through IZoomApi: a scheduled consultation with a waiting room and registration, guest and host
// links, its invitation and a poll, a fresh host (start) URL just before the host needs it, the cloud recording afterwards, and a webhook
// verified and answered. Runs against the built-in simulator unless RoomClients:zoom:ClientSecret (with AccountId and
// ClientId, or ROOMCLIENTS__ZOOM__…) is configured.
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoomClients;
using RoomClients.DependencyInjection;
using RoomClients.Testing.Zoom;
using RoomClients.Webhooks;
using RoomClients.Zoom;
using RoomClients.Zoom.Models;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
ZoomSimulator? simulator = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["RoomClients:zoom:ClientSecret"]))
{
    simulator = new ZoomSimulator();
    Console.WriteLine($"No Zoom credentials configured: using the built-in simulator at {simulator.BaseAddress} (OAuth at {simulator.OAuthBaseAddress})");
}

var webhookSecret = builder.Configuration["RoomClients:zoom:WebhookSecretToken"] ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
builder.Services.AddRoomClients(rooms => rooms.AddZoom(o =>
{
    o.WebhookSecretToken ??= webhookSecret;
    if (simulator is not null)
    {
        o.AccountId = simulator.AccountId;
        o.ClientId = simulator.ClientId;
        o.ClientSecret = simulator.ClientSecret;
        o.BaseAddress = simulator.BaseAddress;
        o.OAuthBaseAddress = simulator.OAuthBaseAddress;
    }
}));

using var host = builder.Build();
await host.StartAsync();
var rooms = host.Services.GetRequiredService<IRoomService>();
var zoom = host.Services.GetRequiredService<IZoomApi>();

try
{
    // 1. A consultation tomorrow: neutral fields plus Zoom's own settings (registration, passcode, agenda, time zone).
    var start = DateTimeOffset.UtcNow.Date.AddDays(1).AddHours(9);
    var request = new CreateRoomRequest { DisplayName = "Consultation 1234", StartsAt = start, EndsAt = start.AddMinutes(30), Locked = true, RecordAutomatically = true };
    request.ProviderOptions.Add(new ZoomRoomOptions
    {
        Password = "a1B2c3",
        Agenda = "Follow-up",
        Timezone = "Europe/Paris",
        Settings = new ZoomMeetingSettings { ApprovalType = 0, MuteUponEntry = true, HostVideo = true },
    });
    var room = await rooms.CreateRoomAsync(request);
    Console.WriteLine($"meeting {room.Id} ({room.Kind}) {room.StartsAt:u} → {room.EndsAt:u}");
    Console.WriteLine($"  guests: {room.JoinUrl}");

    // 2. Registration and the invitation text.
    var registrant = await zoom.AddRegistrantAsync(room.Id, new ZoomRegistrantRequest { Email = "patient@example.com", FirstName = "Ada", LastName = "Lovelace" });
    Console.WriteLine($"  registrant {registrant.RegistrantId}: {registrant.JoinUrl}");
    // The same through the neutral participant links: a guest is a registrant (by address), the host gets start_url.
    var guest = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Email = "pat@example.com" });
    var owner = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host });
    Console.WriteLine($"  guest link for registrant pat@example.com: {guest.Url}");
    Console.WriteLine($"  host link (expires {owner.ExpiresAt:u}): {owner.Url}");
    var invitation = await zoom.GetMeetingInvitationAsync(room.Id);
    Console.WriteLine($"  invitation: {invitation.Invitation?.Split('\n')[0].Trim()}");

    // 3. A poll for the end of the consultation.
    var poll = await zoom.CreatePollAsync(room.Id, new ZoomPollRequest
    {
        Title = "How was it?",
        Questions = [new ZoomPollQuestion { Name = "Did we answer your questions?", Type = "single", Answers = ["Yes", "Partly", "No"] }],
    });
    Console.WriteLine($"  poll {poll.Id} ({poll.Status})");

    // 4. The host URL (start_url) expires after two hours: get the room right before the host needs it.
    var fresh = await rooms.GetRoomAsync(room.Id);
    Console.WriteLine($"  host (fresh start URL, valid 2 h, never share it): {fresh.HostUrl}");

    // 5. After the session: the cloud recording (the simulator adds one, as Zoom would), then trash it.
    simulator?.AddRecording(long.Parse(room.Id, CultureInfo.InvariantCulture));
    var recordings = await zoom.GetMeetingRecordingsAsync(room.Id);
    foreach (var file in recordings.RecordingFiles ?? [])
    {
        Console.WriteLine($"  recording {file.FileType} {file.FileSize / 1024} KiB: {file.PlayUrl}");
    }

    // The neutral view: one recording per file, a download link with a one-hour download token.
    await foreach (var recording in rooms.ListRecordingsAsync(room.Id))
    {
        var download = recording.State == RoomRecordingState.Ready ? await rooms.GetRecordingLinkAsync(room.Id, recording.Id) : null;
        Console.WriteLine($"  {recording}: {recording.Duration} {recording.SizeInBytes} bytes, download until {download?.ExpiresAt:u}");
    }

    await zoom.DeleteMeetingRecordingsAsync(room.Id, action: "trash");

    // 6. Webhooks: Zoom's URL validation challenge, then a signed event, as an endpoint would receive them.
    var parser = host.Services.GetRequiredKeyedService<ZoomWebhookParser>(RoomProviders.Zoom);
    var challenge = Signed("""{"payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"},"event_ts":1654503849680,"event":"endpoint.url_validation"}""", webhookSecret);
    Console.WriteLine($"  url validation answer: {parser.AnswerUrlValidation(challenge)}");
    var started = Signed($$$$"""{"event":"meeting.started","event_ts":{{{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}}},"payload":{"account_id":"acc","object":{"id":"{{{{room.Id}}}}","uuid":"{{{{recordings.Uuid}}}}","topic":"Consultation 1234","type":2}}}""", webhookSecret);
    var roomEvent = parser.Parse(started);
    Console.WriteLine($"  webhook: {roomEvent.Type} for room {roomEvent.RoomId} (session {roomEvent.SessionId})");

    await rooms.DeleteRoomAsync(room.Id);
    Console.WriteLine("meeting deleted");
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

// What Zoom sends: x-zm-signature = v0=HMAC-SHA256(secret token, "v0:{timestamp}:{raw body}").
static RoomWebhookRequest Signed(string body, string secret)
{
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
    return new RoomWebhookRequest(Encoding.UTF8.GetBytes(body), new Dictionary<string, string>
    {
        [ZoomWebhookParser.SignatureHeader] = signature,
        [ZoomWebhookParser.TimestampHeader] = timestamp,
    });
}
