using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared.Hosts;

namespace RoomClients.EnableX.Tests;

/// <summary>A WireMock server on loopback and the SDK registered against it, as a user would register it.</summary>
internal sealed class EnableXTestHost(Action<EnableXOptions>? configure = null, Action<IServiceCollection>? services = null)
    : WireMockTestHost((builder, root) => builder.AddEnableX(o =>
    {
        o.AppId = AppId;
        o.AppKey = AppKey;
        o.MeetingSubdomain = Subdomain;
        o.BaseAddress = root;
        configure?.Invoke(o);
    }), services: services)
{
    public const string AppId = "5f1e2d3c4b5a69788796a5b4";
    public const string AppKey = "test-app-key-9f8e7d";
    public const string Subdomain = "acme";

    public static string BasicHeader => "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{AppId}:{AppKey}"));

    public IEnableXApi Api => Services.GetRequiredService<IEnableXApi>();
}
