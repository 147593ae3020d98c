// WebhookReceiver: an ASP.NET Core minimal API that verifies provider webhooks and logs them as neutral RoomEvents.
//   dotnet run --project samples/WebhookReceiver                 serves POST /webhooks/{name} on http://127.0.0.1:5080
//   dotnet run --project samples/WebhookReceiver -- --self-test  starts, posts a signed and a forged Whereby event to itself, exits 0
// The signing secret comes from RoomClients:whereby:WebhookSigningSecret (a demo secret is generated when none is set).
using System.Security.Cryptography;
using System.Text;
using RoomClients;
using RoomClients.DependencyInjection;
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

builder.Services.AddRoomClients(rooms => rooms.AddWhereby(o =>
{
    o.ApiKey = builder.Configuration["RoomClients:whereby:ApiKey"] is { Length: > 0 } key ? key : "not-used-by-webhooks";
    o.WebhookSigningSecret = secret;
}));

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
        var evt = parser.Parse(new RoomWebhookRequest(body.ToArray(), request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString()))));
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

var signed = await PostAsync($"t={t},v1={signature}");
var forged = await PostAsync($"t={t},v1={new string('0', 64)}");
await app.StopAsync();
return signed == 200 && forged == 401 ? 0 : 1;
