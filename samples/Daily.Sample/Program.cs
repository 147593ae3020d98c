// Daily's own surface: a private consultation room with a lobby and cloud recording through IRoomService, a fresh host
// link, a named guest link and a viewer link, the room's recordings with a download link, and a webhook: created with our
// own secret, its verification request answered and a signed event verified. Runs against the built-in simulator
// unless RoomClients:daily:ApiKey (or ROOMCLIENTS__DAILY__APIKEY) is configured.
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoomClients;
using RoomClients.Daily;
using RoomClients.Daily.Models;
using RoomClients.Testing.Daily;
using RoomClients.Webhooks;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
DailySimulator? simulator = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["RoomClients:daily:ApiKey"]))
{
    simulator = new DailySimulator();
    Console.WriteLine($"No Daily API key configured: using the built-in simulator at {simulator.BaseAddress}");
}

var webhookSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)); // our own hmac, so we can verify from the first event
builder.Services.AddRoomClients(rooms => rooms.AddDaily(o =>
{
    if (simulator is not null)
    {
        o.ApiKey = simulator.ApiKey;
        o.BaseAddress = simulator.BaseAddress;
    }

    o.WebhookSecret = webhookSecret;
    o.MaxHostLinkLifetime = TimeSpan.FromHours(4);
}));

using var host = builder.Build();
await host.StartAsync();
var rooms = host.Services.GetRequiredService<IRoomService>();
var daily = host.Services.GetRequiredService<IDailyApi>();
var parser = host.Services.GetRequiredKeyedService<IRoomWebhookParser>(RoomProviders.Daily);

try
{
    // 1. A consultation tomorrow: private with a lobby (Locked), recorded in the cloud when the host joins.
    var request = new CreateRoomRequest
    {
        Kind = RoomKind.Scheduled,
        StartsAt = DateTimeOffset.UtcNow.AddDays(1),
        EndsAt = DateTimeOffset.UtcNow.AddDays(1).AddHours(1),
        Locked = true,
        RecordAutomatically = true,
    };
    request.ProviderOptions.Add(new DailyRoomOptions
    {
        Name = $"consult-{Guid.NewGuid():N}"[..20],
        HostUserName = "Dr. Smith",
        Properties = new DailyRoomProperties { MaxParticipants = 2, EnablePrejoinUi = true, EjectAtRoomExpiry = true },
    });
    var room = await rooms.CreateRoomAsync(request);
    Console.WriteLine($"room {room.Id} ({room.Kind}, {room.StartsAt:u} to {room.EndsAt:u})");
    Console.WriteLine($"  guests knock at: {room.JoinUrl}");
    Console.WriteLine($"  host link:       {Shorten(room.HostUrl)} (valid until {room.Metadata["hostUrlExpiresAt"]})");

    // 2. A fresh host link later (the old one expires after MaxHostLinkLifetime): GetRoomAsync mints a new one.
    var again = await rooms.GetRoomAsync(room.Id);
    Console.WriteLine($"  fresh host link: {Shorten(again.HostUrl)}");

    // 3. A named guest who skips the lobby, and an observer who only watches: participant links (meeting tokens for this
    //    room only) that carry the name, the application's patient id (echoed by webhooks) and an expiry.
    var guest = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest
    {
        DisplayName = "Patient",
        ExternalParticipantId = "patient-42",
        ExpiresAt = room.EndsAt,
    });
    Console.WriteLine($"  guest link:      {Shorten(guest.Url)} ({guest.Role} {guest.DisplayName}, until {guest.ExpiresAt:u})");
    var observer = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer, DisplayName = "Observer" });
    Console.WriteLine($"  viewer link:     {Shorten(observer.Url)} ({observer.Role}, until {observer.ExpiresAt:u})");

    // 4. After the meeting: its recordings and a download link (IDailyApi.GetRecordingAccessLinkAsync sets another lifetime).
    simulator?.AddRecording(room.Id);
    await foreach (var recording in rooms.ListRecordingsAsync(room.Id))
    {
        var link = await rooms.GetRecordingLinkAsync(room.Id, recording.Id);
        Console.WriteLine($"  recording {recording.Id} ({recording.State}, {recording.Duration}): {link.Url.GetLeftPart(UriPartial.Path)} (expires {link.ExpiresAt:u})");
    }

    // 5. Webhooks: create one with our secret. Daily first posts {"test":"test"} and needs a quick 200.
    var webhook = await daily.CreateWebhookAsync(new WebhookRequest
    {
        Url = new Uri("https://app.example/webhooks/daily"),
        Hmac = webhookSecret,
        EventTypes = ["meeting.started", "meeting.ended", "participant.joined", "recording.ready-to-download"],
    });
    Console.WriteLine($"  webhook {webhook.Uuid}: {webhook.State}");
    var verification = new RoomWebhookRequest(Encoding.UTF8.GetBytes("""{"test":"test"}"""));
    Console.WriteLine($"  verification request recognised: {((DailyWebhookParser)parser).IsVerificationRequest(verification)} (answer 200, do nothing)");

    var body = $$"""{"version":"1.0.0","type":"participant.joined","id":"ptcpt-join-1","payload":{"room":"{{room.Id}}","user_name":"Patient","user_id":"patient-42","session_id":"p-1","joined_at":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"event_ts":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}}""";
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(webhookSecret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
    var evt = parser.Parse(new RoomWebhookRequest(Encoding.UTF8.GetBytes(body), [new(DailyWebhookParser.SignatureHeader, signature), new(DailyWebhookParser.TimestampHeader, timestamp)]));
    Console.WriteLine($"  signed event: {evt.Type} by {evt.ParticipantName} ({evt.ExternalParticipantId}) in {evt.RoomName}");
    try
    {
        parser.Parse(new RoomWebhookRequest(Encoding.UTF8.GetBytes(body.Replace("Patient", "Intruder", StringComparison.Ordinal)), [new(DailyWebhookParser.SignatureHeader, signature), new(DailyWebhookParser.TimestampHeader, timestamp)]));
        Console.Error.WriteLine("  a forged event was accepted!");
        return 1;
    }
    catch (RoomWebhookException ex)
    {
        Console.WriteLine($"  forged event refused: {ex.Message}");
    }

    await daily.DeleteWebhookAsync(webhook.Uuid!);
    await rooms.DeleteRoomAsync(room.Id);
    Console.WriteLine("webhook and room deleted");
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

// A host link is a credential: show only its beginning.
static string Shorten(Uri? url) => url is null ? "(none)" : url.GetLeftPart(UriPartial.Path) + "?t=" + url.Query["?t=".Length..][..12] + "…";
