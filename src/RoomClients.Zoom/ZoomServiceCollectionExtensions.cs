using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using RoomClients.DependencyInjection;
using RoomClients.Http;
using RoomClients.Providers;
using RoomClients.Webhooks;

namespace RoomClients.Zoom;

/// <summary>Registers Zoom: <c>services.AddRoomClients(rooms =&gt; rooms.AddZoom())</c>.</summary>
public static class ZoomServiceCollectionExtensions
{
    /// <summary>
    /// Registers Zoom under <paramref name="name"/>: options bound from <c>RoomClients:&lt;name&gt;</c> then
    /// <paramref name="configure"/> (validated at start-up), a Server-to-Server OAuth token provider (one cached token per
    /// credential set, renewed before it expires), the keyed <see cref="IZoomApi"/>, the keyed <see cref="IRoomService"/>
    /// and, when a webhook secret token is set, the keyed <see cref="ZoomWebhookParser"/> (also as <see cref="IRoomWebhookParser"/>).
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding.</param>
    /// <param name="name">The registration name (service key); use another name for a second Zoom app.</param>
    /// <returns>The registration, to add stages with <c>Use</c>.</returns>
    public static RoomServiceRegistrationBuilder AddZoom(this IRoomClientsBuilder builder, Action<ZoomOptions>? configure = null, string name = RoomProviders.Zoom) =>
        AddZoom(builder, configuration: null, configure, name);

    /// <summary>Registers Zoom with options bound from <paramref name="configuration"/> (a section holding <c>AccountId</c>, <c>ClientId</c>, <c>ClientSecret</c>, …).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration, to add stages with <c>Use</c>.</returns>
    public static RoomServiceRegistrationBuilder AddZoom(this IRoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.Zoom)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddZoom(builder, configuration, configure: null, name);
    }

    private static RoomServiceRegistrationBuilder AddZoom(IRoomClientsBuilder target, IConfiguration? configuration, Action<ZoomOptions>? configure, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = builder.Services;
        var oauthName = $"{name}.oauth";

        builder.AddProviderOptions<ZoomOptions>(name, static (section, options) => section.Bind(options), configuration, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomOptions>, ZoomOptionsValidator>());

        // What no exception, log line or span may contain: the secret, the Basic value built from it, the webhook secret
        // token and the access token in use (for the API's pipeline and for the token endpoint's).
        Func<IServiceProvider, Func<IEnumerable<string?>>> secrets = sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<ZoomOptions>>();
            var tokens = sp.GetRequiredKeyedService<ZoomTokenProvider>(name);
            return () =>
            {
                var options = monitor.Get(name);
                return [options.ClientSecret, options.WebhookSecretToken, tokens.CurrentToken, BasicValue(options)];
            };
        };
        builder.AddSecrets(name, secrets);
        builder.AddSecrets(oauthName, secrets);

        // The token endpoint (zoom.us) is another host than the API (api.zoom.us): its own client with the same pipeline
        // (transport-error mapping, resilience with the user's settings, body cap, no redirects, typed and redacted errors)
        // and no auth handler of ours. A client is made per token request (once an hour) with the OAuth address of the
        // snapshot whose credentials it sends, so the two always belong together.
        builder.AddProviderApi<IZoomOAuthApi>(oauthName, RoomProviders.Zoom, ZoomJsonContext.Default, ZoomErrorParser.Instance, (sp, client) =>
            client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<ZoomOptions>>().Get(name).OAuthBaseAddress);
        var oauthSettings = RoomClientsRefit.CreateSettings(RoomProviders.Zoom, ZoomJsonContext.Default, ZoomErrorParser.Instance);
        var oauthClientName = RoomClientsBuilder.HttpClientName(oauthName);

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<ZoomOptions>>();
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new ZoomTokenProvider(
                () => monitor.Get(name),
                snapshot =>
                {
                    var http = factory.CreateClient(oauthClientName);
                    http.BaseAddress = snapshot.OAuthBaseAddress;
                    return RestService.ForGenerated<IZoomOAuthApi>(http, oauthSettings);
                },
                sp.GetService<TimeProvider>() ?? TimeProvider.System);
        });

        builder.AddProviderApi<IZoomApi, ZoomOptions>(name, RoomProviders.Zoom, ZoomJsonContext.Default, ZoomErrorParser.Instance, static options => options.BaseAddress)
            .AddHttpMessageHandler(sp =>
            {
                var monitor = sp.GetRequiredService<IOptionsMonitor<ZoomOptions>>();
                return new ZoomAuthenticationHandler(sp.GetRequiredKeyedService<ZoomTokenProvider>(name), () => monitor.Get(name));
            });

        services.AddKeyedSingleton<IRoomResponseFilter>(name, (sp, _) => new ZoomRateLimitFilter(sp.GetService<TimeProvider>() ?? TimeProvider.System));

        var registration = builder.AddRoomService(name, sp => new ZoomRoomService(
            sp.GetRequiredKeyedService<Func<ProviderClient<IZoomApi, ZoomOptions>>>(name),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<ZoomOptions>>().Get(name);
            if (string.IsNullOrWhiteSpace(options.WebhookSecretToken))
            {
                throw new InvalidOperationException($"Zoom '{name}': RoomClients:{name}:WebhookSecretToken is not set; it is needed to verify webhooks (no parser accepts unsigned events).");
            }

            return new ZoomWebhookParser(options.WebhookSecretToken, options.WebhookTolerance, sp.GetService<TimeProvider>());
        });
        services.AddKeyedSingleton<IRoomWebhookParser>(name, (sp, key) => sp.GetRequiredKeyedService<ZoomWebhookParser>(key));
        return registration;
    }

    private static string? BasicValue(ZoomOptions options) =>
        string.IsNullOrEmpty(options.ClientSecret) ? null : Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{options.ClientId}:{options.ClientSecret}"));
}
