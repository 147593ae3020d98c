using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.DependencyInjection;
using RoomClients.Http;
using RoomClients.Webhooks;

namespace RoomClients.Vonage;

/// <summary>Registers Vonage Meetings: <c>services.AddRoomClients(rooms =&gt; rooms.AddVonage())</c>.</summary>
public static class VonageServiceCollectionExtensions
{
    /// <summary>
    /// Registers Vonage Meetings under <paramref name="name"/>: options bound from <c>RoomClients:&lt;name&gt;</c> then
    /// <paramref name="configure"/> (validated at start-up, the private key included), the keyed <see cref="IVonageMeetingsApi"/>
    /// with a cached application JWT, the keyed <see cref="IRoomService"/>, the keyed <see cref="VonageCallbackParser"/>
    /// (also as <see cref="IRoomWebhookParser"/>) and the keyed <see cref="VonageThemeLogoUploader"/>.
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding.</param>
    /// <param name="name">The registration name (service key); use another name for a second application.</param>
    /// <returns>The builder.</returns>
    public static RoomClientsBuilder AddVonage(this RoomClientsBuilder builder, Action<VonageOptions>? configure = null, string name = RoomProviders.Vonage) =>
        AddVonage(builder, configuration: null, configure, name);

    /// <summary>Registers Vonage Meetings with options bound from <paramref name="configuration"/> (a section holding <c>ApplicationId</c>, <c>PrivateKey</c> or <c>PrivateKeyPath</c>, …).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The builder.</returns>
    public static RoomClientsBuilder AddVonage(this RoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.Vonage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddVonage(builder, configuration, configure: null, name);
    }

    private static RoomClientsBuilder AddVonage(RoomClientsBuilder builder, IConfiguration? configuration, Action<VonageOptions>? configure, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
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
        builder.AddProviderApi<IVonageMeetingsApi>(name, RoomProviders.Vonage, VonageJsonContext.Default, VonageErrorParser.Instance, (sp, client) =>
                client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(name).BaseAddress)
            .AddHttpMessageHandler(sp =>
            {
                var tokens = sp.GetRequiredKeyedService<VonageTokenProvider>(name);
                return TokenAuthenticationHandler.Bearer(tokens.GetTokenAsync);
            });

        builder.AddRoomService(name, sp =>
            new VonageRoomService(sp.GetRequiredKeyedService<IVonageMeetingsApi>(name), sp.GetService<TimeProvider>() ?? TimeProvider.System));

        var storageClient = $"{RoomClientsBuilder.HttpClientName(name)}.LogoStorage";
        services.AddHttpClient(storageClient)
            .ConfigurePrimaryHttpMessageHandler((primary, _) => RoomResponseBufferingHandler.DisableRedirects(primary))
            .AddHttpMessageHandler(() => new RoomResponseBufferingHandler(new RoomErrorMapper(RoomProviders.Vonage, null), VonageThemeLogoUploader.MaxStorageAnswerBytes));
        services.AddKeyedTransient(name, (sp, key) => new VonageThemeLogoUploader(
            sp.GetRequiredKeyedService<IVonageMeetingsApi>(key),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(storageClient)));

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<VonageOptions>>();
            return new VonageCallbackParser(() => options.Get(name).CallbackSecret); // read per callback: a rotated secret applies at once
        });
        services.AddKeyedSingleton<IRoomWebhookParser>(name, (sp, key) => sp.GetRequiredKeyedService<VonageCallbackParser>(key));
        return builder;
    }
}
