using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.DependencyInjection;
using RoomClients.Tests.Shared.Hosts;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Zoom.Tests;

/// <summary>Two WireMock servers on loopback, the API (api.zoom.us) and the OAuth endpoint (zoom.us), and the SDK registered against them as a user would.</summary>
internal sealed class ZoomTestHost : WireMockTestHost
{
    public const string AccountId = "acct-Xy12Ab34";
    public const string ClientId = "client-9f8e7d6c";

    public ZoomTestHost(Action<ZoomOptions>? configure = null, Action<RoomClientsBuilder>? rooms = null, Action<IServiceCollection>? services = null, bool stubToken = true)
        : this(Start(), "secret-" + Guid.NewGuid().ToString("N"), "eyJhbGciOiJIUzUxMiJ9." + Guid.NewGuid().ToString("N"), configure, rooms, services, stubToken)
    {
    }

    private ZoomTestHost(WireMockServer oauth, string clientSecret, string token, Action<ZoomOptions>? configure, Action<RoomClientsBuilder>? rooms, Action<IServiceCollection>? services, bool stubToken)
        : base((builder, root) => builder.AddZoom(o =>
        {
            o.AccountId = AccountId;
            o.ClientId = ClientId;
            o.ClientSecret = clientSecret;
            o.BaseAddress = new Uri(root, "/v2/");
            o.OAuthBaseAddress = new Uri(oauth.Url + "/");
            configure?.Invoke(o);
        }), rooms, services)
    {
        OAuth = oauth;
        ClientSecret = clientSecret;
        Token = token;
        if (stubToken)
        {
            OAuth.Given(Request.Create().UsingPost().WithPath("/oauth/token"))
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody($$"""{"access_token":"{{Token}}","token_type":"bearer","expires_in":3600,"scope":"meeting:write:admin meeting:read:admin","api_url":"https://api.zoom.us"}"""));
        }
    }

    /// <summary>Generated per host: no credential is committed.</summary>
    public string ClientSecret { get; }

    public string Token { get; }

    public string BasicCredentials => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));

    public WireMockServer OAuth { get; }

    public IZoomApi Api => Services.GetRequiredService<IZoomApi>();

    public ZoomTokenProvider Tokens => Services.GetRequiredKeyedService<ZoomTokenProvider>(RoomProviders.Zoom);

    public IReadOnlyList<ILogEntry> TokenRequests => OAuth.LogEntries.ToList();

    public static string Meeting(long id = 85123456789, int type = 2, string start = "2026-11-22T13:00:00Z", int duration = 30) =>
        $$$"""{"id":{{{id}}},"uuid":"ng1MzyWNQaObxcf3+Gfm6A==","host_id":"AbcDefGHi","host_email":"owner@example.com","topic":"Consultation","type":{{{type}}},"status":"waiting","start_time":"{{{start}}}","duration":{{{duration}}},"timezone":"UTC","created_at":"2026-11-22T12:00:00Z","start_url":"https://us02web.zoom.us/s/{{{id}}}?zak=eyJzdGFydA","join_url":"https://us02web.zoom.us/j/{{{id}}}?pwd=abc","password":"a1B2c3","settings":{"waiting_room":true,"auto_recording":"cloud"}}""";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        OAuth.Stop();
        OAuth.Dispose();
    }
}
