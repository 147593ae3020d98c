using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.Http;
using RoomClients.Providers;
using RoomClients.Webhooks;

namespace RoomClients.Vonage;

/// <summary>Registers Vonage Meetings: <c>services.AddRoomClients(rooms =&gt; rooms.AddVonage())</c>.</summary>
public static class VonageServiceCollectionExtensions
{
    /// <summary>
    /// Registers Vonage Meetings under <paramref name="name"/>: options bound from <c>RoomClients:&lt;name&gt;</c> then
    /// <paramref name="configure"/> (validated at start-up, the private key included), the keyed <see cref="IVonageMeetingsApi"/>
    /// with a cached application JWT, the keyed <see cref="IRoomService"/>, the keyed <see cref="VonageCallbackParser"/>
    /// (also as <see cref="IRoomWebhookParser"/>; resolving it fails unless <see cref="VonageOptions.CallbackSecret"/> or
    /// <see cref="VonageOptions.AllowUnauthenticatedCallbacks"/> is set) and the keyed <see cref="VonageThemeLogoUploader"/>.
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding.</param>
    /// <param name="name">The registration name (service key); use another name for a second application.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddVonage(this IRoomClientsBuilder builder, Action<VonageOptions>? configure = null, string name = RoomProviders.Vonage) =>
        AddVonage(builder, configuration: null, configure, name);

    /// <summary>Registers Vonage Meetings with options bound from <paramref name="configuration"/> (a section holding <c>ApplicationId</c>, <c>PrivateKey</c> or <c>PrivateKeyPath</c>, …).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddVonage(this IRoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.Vonage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddVonage(builder, configuration, configure: null, name);
    }

    private static RoomServiceRegistrationBuilder AddVonage(IRoomClientsBuilder target, IConfiguration? configuration, Action<VonageOptions>? configure, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = builder.Services;

        builder.AddProviderOptions<VonageOptions>(name, static (section, options) => section.Bind(options), configuration, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VonageOptions>, VonageOptionsValidator>());

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<VonageOptions>>();
            return new VonageTokenProvider(() => monitor.Get(name), sp.GetService<TimeProvider>() ?? TimeProvider.System, name);
        });

        builder.AddSecrets(name, sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<VonageOptions>>();
            return () => [monitor.Get(name).PrivateKey?.Replace("\\n", "\n", StringComparison.Ordinal), monitor.Get(name).CallbackSecret];
        });
        builder.AddProviderApi<IVonageMeetingsApi, VonageOptions>(name, RoomProviders.Vonage, VonageJsonContext.Default, VonageErrorParser.Instance, static options => options.BaseAddress)
            .AddHttpMessageHandler(sp =>
            {
                // Signed for the options snapshot the request was addressed with (the current options for a request without one).
                var tokens = sp.GetRequiredKeyedService<VonageTokenProvider>(name);
                return new TokenAuthenticationHandler("Bearer", (request, cancellationToken) =>
                    tokens.GetTokenAsync(ProviderClient.OptionsOf<VonageOptions>(request), cancellationToken));
            });

        var registration = builder.AddRoomService(name, sp => new VonageRoomService(
            sp.GetRequiredKeyedService<Func<ProviderClient<IVonageMeetingsApi, VonageOptions>>>(name),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));

        var storageClient = $"{RoomClientsBuilder.HttpClientName(name)}.LogoStorage" /* beside the API client */;
        services.AddHttpClient(storageClient)
            .ConfigurePrimaryHttpMessageHandler((primary, _) => RoomResponseBody.DisableRedirects(primary))
            .AddHttpMessageHandler(() => new RoomResponseBufferingHandler(new RoomErrorMapper(RoomProviders.Vonage, null), VonageThemeLogoUploader.MaxStorageAnswerBytes));
        services.AddKeyedTransient(name, (sp, key) => new VonageThemeLogoUploader(
            sp.GetRequiredKeyedService<IVonageMeetingsApi>(key),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(storageClient)));

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<VonageOptions>>();
            var options = monitor.Get(name);
            if (string.IsNullOrEmpty(options.CallbackSecret) && !options.AllowUnauthenticatedCallbacks)
            {
                // Fail closed, like Whereby without its signing secret: no parser that lets forged callbacks in by default.
                throw new InvalidOperationException($"Vonage '{name}': RoomClients:{name}:CallbackSecret is not set; it is needed to authenticate callbacks (register your callback URLs with ?secret=…). To accept unauthenticated callbacks anyway, set RoomClients:{name}:AllowUnauthenticatedCallbacks to true.");
            }

            // Read per callback: a rotated secret applies at once, and a removed one refuses callbacks (unless allowed).
            return new VonageCallbackParser(() => monitor.Get(name).CallbackSecret, () => monitor.Get(name).AllowUnauthenticatedCallbacks);
        });
        services.AddKeyedSingleton<IRoomWebhookParser>(name, (sp, key) => sp.GetRequiredKeyedService<VonageCallbackParser>(key));
        return registration;
    }
}
