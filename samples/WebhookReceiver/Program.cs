// WebhookReceiver: an ASP.NET Core minimal API that verifies provider webhooks and logs them as neutral RoomEvents.
//   dotnet run --project samples/WebhookReceiver                 serves POST /webhooks/{name} on http://127.0.0.1:5080
//   dotnet run --project samples/WebhookReceiver -- --self-test  starts, posts signed and forged Whereby webhooks and Vonage
//                                                                callbacks with and without the URL secret to itself, exits 0
// Whereby signs webhooks: the secret is RoomClients:whereby:WebhookSigningSecret. Vonage signs no Meetings callback:
// register the callback URLs as https://your.host/webhooks/vonage?secret=<RoomClients:vonage:CallbackSecret>.
// A demo secret is generated for each one that is not configured.
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Extensions;
using RoomClients;
using RoomClients.Vonage;
using RoomClients.Webhooks;
using RoomClients.Whereby;

var selfTest = args.Contains("--self-test");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--self-test").ToArray());
builder.WebHost.UseUrls(selfTest ? "http://127.0.0.1:0" : builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
var secret = builder.Configuration["RoomClients:whereby:WebhookSigningSecret"];
if (string.IsNullOrWhiteSpace(secret))
{
    secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    Console.WriteLine("No RoomClients:whereby:WebhookSigningSecret configured: using a generated demo secret.");
}

var vonageSecret = builder.Configuration["RoomClients:vonage:CallbackSecret"];
if (string.IsNullOrWhiteSpace(vonageSecret))
{
    vonageSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    Console.WriteLine("No RoomClients:vonage:CallbackSecret configured: using a generated demo secret.");
}

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

var app = builder.Build();
app.MapPost("/webhooks/{name}", async (string name, HttpRequest request, IServiceProvider services, ILogger<Program> logger) =>
{
    var parser = services.GetKeyedService<IRoomWebhookParser>(name);
    if (parser is null)
    {
        return Results.NotFound();
    }

    using var body = new MemoryStream();
    await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
    try
    {
        var evt = parser.Parse(new RoomWebhookRequest(body.ToArray(), request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())))
        {
            RequestUri = new Uri(request.GetDisplayUrl()), // Vonage callbacks carry their secret in the URL
        });
        logger.LogInformation("{Provider} event {Type} ({ProviderType}) room={Room} participant={Participant}", evt.Provider, evt.Type, evt.ProviderEventType, evt.RoomId ?? evt.RoomName, evt.ParticipantName);
        return Results.Ok(new { received = evt.Type.ToString() });
    }
    catch (RoomWebhookException ex)
    {
        logger.LogWarning("Rejected webhook: {Reason}", ex.Message);
        return Results.Unauthorized();
    }
});

if (!selfTest)
{
    await app.RunAsync();
    return 0;
}

await app.StartAsync();
var url = app.Urls.First();
using var client = new HttpClient { BaseAddress = new Uri(url) };
var payload = """{"id":"evt-1","apiVersion":"1.0","createdAt":"2026-11-22T12:00:00.000Z","type":"room.client.joined","data":{"meetingId":"1","roomName":"/demo","subdomain":"acme","displayName":"Ada","participantId":"p1","roleName":"visitor","numClients":2}}""";
var t = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}")));

async Task<int> PostAsync(string sig)
{
    using var message = new HttpRequestMessage(HttpMethod.Post, "/webhooks/whereby") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
    message.Headers.Add(WherebyWebhookParser.SignatureHeader, sig);
    using var response = await client.SendAsync(message);
    Console.WriteLine($"POST /webhooks/whereby ({(sig.Contains(signature, StringComparison.Ordinal) ? "signed" : "forged")}): {(int)response.StatusCode}");
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

var signed = await PostAsync($"t={t},v1={signature}");
var forged = await PostAsync($"t={t},v1={new string('0', 64)}");
var vonageOk = await PostVonageAsync(vonageSecret);
var vonageMissing = await PostVonageAsync(null);
var vonageWrong = await PostVonageAsync("not-the-secret-at-all");
await app.StopAsync();
return signed == 200 && forged == 401 && vonageOk == 200 && vonageMissing == 401 && vonageWrong == 401 ? 0 : 1;
