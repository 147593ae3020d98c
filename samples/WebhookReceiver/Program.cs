// WebhookReceiver: provider webhooks in ASP.NET Core through RoomClients.AspNetCore, logged as neutral RoomEvents.
//   dotnet run --project samples/WebhookReceiver                 serves POST /webhooks/{name} and GET /health on http://127.0.0.1:5080
//   dotnet run --project samples/WebhookReceiver -- --self-test  starts, posts signed, forged and duplicated Whereby webhooks and
//                                                                Vonage callbacks with and without the URL secret to itself, exits 0
// Whereby signs webhooks: the secret is RoomClients:whereby:WebhookSigningSecret. Vonage signs no Meetings callback:
// register the callback URLs as https://your.host/webhooks/vonage?secret=<RoomClients:vonage:CallbackSecret>.
// A demo secret is generated for each one that is not configured. Set Redis (a StackExchange.Redis configuration
// string) to share de-duplication between instances.
using System.Security.Cryptography;
using System.Text;
using RoomClients;
using RoomClients.Vonage;
using RoomClients.Webhooks;
using RoomClients.Whereby;

var selfTest = args.Contains("--self-test");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--self-test").ToArray());
builder.WebHost.UseUrls(selfTest ? "http://127.0.0.1:0" : builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
var secret = DemoSecret("RoomClients:whereby:WebhookSigningSecret");
var vonageSecret = DemoSecret("RoomClients:vonage:CallbackSecret");

builder.Services.AddRoomClients(rooms =>
{
    rooms.AddWhereby(o =>
    {
        o.ApiKey = builder.Configuration["RoomClients:whereby:ApiKey"] is { Length: > 0 } key ? key : "not-used-by-webhooks";
        o.WebhookSigningSecret = secret;
    });
    if (!string.IsNullOrWhiteSpace(builder.Configuration["RoomClients:vonage:ApplicationId"]))
    {
        rooms.AddVonage(o => o.CallbackSecret = vonageSecret); // the whole Vonage registration; its parser reads CallbackSecret
    }
    else
    {
        // Only receiving callbacks: the parser alone, no API credentials needed.
        rooms.Services.AddKeyedSingleton<IRoomWebhookParser>(RoomProviders.Vonage, new VonageCallbackParser(vonageSecret));
    }
});

// The endpoint's services, de-duplication on (in this process; with Redis configured, shared by every instance).
builder.Services.AddRoomWebhooks();
if (builder.Configuration["Redis"] is { Length: > 0 } redis)
{
    builder.Services.AddRedisRoomEventDeduplication(redis);
}

builder.Services.AddHealthChecks().AddRoomClients();

var app = builder.Build();
var log = app.Services.GetRequiredService<ILogger<Program>>();
var handled = 0;
app.MapRoomWebhooks("/webhooks/{name}", (context, ct) =>
{
    var evt = context.Event;
    Interlocked.Increment(ref handled);
    log.LogInformation("{Name}: {Provider} event {Type} ({ProviderType}) room={Room} participant={Participant}", context.Name, evt.Provider, evt.Type, evt.ProviderEventType, evt.RoomId ?? evt.RoomName, evt.ParticipantName);
    return Task.CompletedTask;
});
app.MapHealthChecks("/health");

if (!selfTest)
{
    await app.RunAsync();
    return 0;
}

await app.StartAsync();
using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
var payload = """{"id":"evt-1","apiVersion":"1.0","createdAt":"2026-11-22T12:00:00.000Z","type":"room.client.joined","data":{"meetingId":"1","roomName":"/demo","subdomain":"acme","displayName":"Ada","participantId":"p1","roleName":"visitor","numClients":2}}""";
var t = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}")));

async Task<int> PostAsync(string what, string sig)
{
    using var message = new HttpRequestMessage(HttpMethod.Post, "/webhooks/whereby") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
    message.Headers.Add(WherebyWebhookParser.SignatureHeader, sig);
    using var response = await client.SendAsync(message);
    Console.WriteLine($"POST /webhooks/whereby ({what}): {(int)response.StatusCode}");
    return (int)response.StatusCode;
}

async Task<int> PostVonageAsync(string? callbackSecret)
{
    var path = callbackSecret is null ? "/webhooks/vonage" : $"/webhooks/vonage?secret={Uri.EscapeDataString(callbackSecret)}";
    const string callback = """{"event":"session:participant:joined","participant_id":"p-1","session_id":"s-1","room_id":"r-1","name":"Ada","type":"Guest","is_host":false}""";
    using var response = await client.PostAsync(path, new StringContent(callback, Encoding.UTF8, "application/json"));
    Console.WriteLine($"POST /webhooks/vonage ({(callbackSecret is null ? "no secret" : callbackSecret == vonageSecret ? "with the secret" : "wrong secret")}): {(int)response.StatusCode}");
    return (int)response.StatusCode;
}

var signed = await PostAsync("signed", $"t={t},v1={signature}");
var duplicate = await PostAsync("the same event again", $"t={t},v1={signature}");
var forged = await PostAsync("forged", $"t={t},v1={new string('0', 64)}");
var vonageOk = await PostVonageAsync(vonageSecret);
var vonageMissing = await PostVonageAsync(null);
var vonageWrong = await PostVonageAsync("not-the-secret-at-all");
using var health = await client.GetAsync("/health");
Console.WriteLine($"GET /health: {(int)health.StatusCode} {await health.Content.ReadAsStringAsync()}");
Console.WriteLine($"events handled: {handled} (the duplicate was acknowledged, not handled again)");
await app.StopAsync();
return signed == 200 && duplicate == 200 && forged == 401 && vonageOk == 200 && vonageMissing == 401 && vonageWrong == 401
    && handled == 2 && health.IsSuccessStatusCode ? 0 : 1;

string DemoSecret(string key)
{
    if (builder.Configuration[key] is { Length: > 0 } configured)
    {
        return configured;
    }

    Console.WriteLine($"No {key} configured: using a generated demo secret.");
    return Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
