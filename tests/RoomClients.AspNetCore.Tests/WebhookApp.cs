using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoomClients.Daily;
using RoomClients.Vonage;
using RoomClients.Webhooks;
using RoomClients.Whereby;
using RoomClients.Zoom;

namespace RoomClients.AspNetCore.Tests;

/// <summary>
/// A real Kestrel host on 127.0.0.1 (a free port) with Whereby, Daily, Zoom and Vonage registered, <c>MapRoomWebhooks</c>,
/// and a handler that records every event it is given. Each test builds its own; two can share one Redis.
/// </summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookApp(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>Every event the delegate was given, in order.</summary>
    public ConcurrentQueue<RoomEventContext> Handled { get; } = new();

    /// <summary>Set to make the handler throw (or wait) for the next events.</summary>
    public Func<RoomEventContext, CancellationToken, Task>? Behaviour { get; set; }

    public IServiceProvider Services => _app.Services;

    public static async Task<WebhookApp> StartAsync(Action<IServiceCollection>? services = null, Action<RoomWebhookOptions>? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddRoomClients(rooms =>
        {
            rooms.AddWhereby(o => { o.ApiKey = "not-used"; o.WebhookSigningSecret = Signed.WherebySecret; });
            rooms.AddWhereby(o => o.ApiKey = "not-used", name: "whereby-unsigned"); // no webhook secret: no parser
            rooms.AddDaily(o => { o.ApiKey = "not-used"; o.WebhookSecret = Signed.DailySecret; });
            rooms.AddZoom(o => { o.AccountId = "a"; o.ClientId = "c"; o.ClientSecret = "not-used"; o.WebhookSecretToken = Signed.ZoomSecret; });
        });
        builder.Services.AddKeyedSingleton<IRoomWebhookParser>(RoomProviders.Vonage, new VonageCallbackParser(Signed.VonageSecret));
        builder.Services.AddRoomWebhooks(options);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        WebhookApp? self = null;
        app.MapRoomWebhooks("/webhooks/{name}", async (context, ct) =>
        {
            if (self!.Behaviour is { } behaviour)
            {
                await behaviour(context, ct);
            }

            self.Handled.Enqueue(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new WebhookApp(app, new HttpClient { BaseAddress = new Uri(address) });
        return self;
    }

    public async Task<int> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await Client.SendAsync(request, TestContext.Current.CancellationToken))
        {
            return (int)response.StatusCode;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
