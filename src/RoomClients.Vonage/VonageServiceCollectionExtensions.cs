using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.DependencyInjection;
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
    /// (also as <see cref="IRoomWebhookParser"/>) and the keyed <see cref="VonageThemeLogoUploader"/>.
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding.</param>
    /// <param name="name">The registration name (service key); use another name for a second application.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddVonage(this RoomClientsBuilder builder, Action<VonageOptions>? configure = null, string name = RoomProviders.Vonage) =>
        AddVonage(builder, configuration: null, configure, name);

    /// <summary>Registers Vonage Meetings with options bound from <paramref name="configuration"/> (a section holding <c>ApplicationId</c>, <c>PrivateKey</c> or <c>PrivateKeyPath</c>, …).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddVonage(this RoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.Vonage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddVonage(builder, configuration, configure: null, name);
    }

    private static RoomServiceRegistrationBuilder AddVonage(RoomClientsBuilder builder, IConfiguration? configuration, Action<VonageOptions>? configure, string name)
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

        builder.AddProviderApi<IVonageMeetingsApi>(name, RoomProviders.Vonage, VonageJsonContext.Default, VonageErrorParser.Instance, (sp, client) =>
                client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<VonageOptions>>().Get(name).BaseAddress)
            .AddHttpMessageHandler(sp =>
            {
                var tokens = sp.GetRequiredKeyedService<VonageTokenProvider>(name);
                return TokenAuthenticationHandler.Bearer(tokens.GetTokenAsync);
            });

        var registration = builder.AddRoomService(name, sp =>
            new VonageRoomService(sp.GetRequiredKeyedService<IVonageMeetingsApi>(name), sp.GetService<TimeProvider>() ?? TimeProvider.System));

        var storageClient = $"RoomClients.{name}.LogoStorage"; // beside the API client "RoomClients.{name}"
        services.AddHttpClient(storageClient);
        services.AddKeyedTransient(name, (sp, key) => new VonageThemeLogoUploader(
            sp.GetRequiredKeyedService<IVonageMeetingsApi>(key),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(storageClient)));

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<VonageOptions>>();
            return new VonageCallbackParser(() => options.Get(name).CallbackSecret); // read per callback: a rotated secret applies at once
        });
        services.AddKeyedSingleton<IRoomWebhookParser>(name, (sp, key) => sp.GetRequiredKeyedService<VonageCallbackParser>(key));
        return registration;
    }
}
