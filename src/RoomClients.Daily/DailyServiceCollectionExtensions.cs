using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.Http;
using RoomClients.Providers;
using RoomClients.Webhooks;

namespace RoomClients.Daily;

/// <summary>Registers Daily: <c>services.AddRoomClients(rooms =&gt; rooms.AddDaily())</c>.</summary>
public static class DailyServiceCollectionExtensions
{
    /// <summary>
    /// Registers Daily under <paramref name="name"/>: options bound from <c>RoomClients:&lt;name&gt;</c> then
    /// <paramref name="configure"/> (validated at start-up), the keyed <see cref="IDailyApi"/> (Bearer API key), the keyed
    /// <see cref="IRoomService"/> and the keyed <see cref="DailyWebhookParser"/> (also as <see cref="IRoomWebhookParser"/>),
    /// which resolves only when <see cref="DailyOptions.WebhookSecret"/> is set.
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding.</param>
    /// <param name="name">The registration name (service key); use another name for a second Daily domain.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddDaily(this IRoomClientsBuilder builder, Action<DailyOptions>? configure = null, string name = RoomProviders.Daily) =>
        AddDaily(builder, configuration: null, configure, name);

    /// <summary>Registers Daily with options bound from <paramref name="configuration"/> (a section holding <c>ApiKey</c>, …).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddDaily(this IRoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.Daily)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddDaily(builder, configuration, configure: null, name);
    }

    private static RoomServiceRegistrationBuilder AddDaily(IRoomClientsBuilder target, IConfiguration? configuration, Action<DailyOptions>? configure, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = builder.Services;

        builder.AddProviderOptions<DailyOptions>(name, static (section, options) => section.Bind(options), configuration, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DailyOptions>, DailyOptionsValidator>());

        builder.AddSecrets(name, sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<DailyOptions>>();
            return () => [monitor.Get(name).ApiKey, monitor.Get(name).WebhookSecret];
        });
        // The key of the options snapshot each client is built with, on every request that client sends.
        builder.AddProviderApi<IDailyApi, DailyOptions>(name, RoomProviders.Daily, DailyJsonContext.Default, DailyErrorParser.Instance, static options => options.BaseAddress, static options => new AuthenticationHeaderValue("Bearer", options.ApiKey));

        var registration = builder.AddRoomService(name, sp => new DailyRoomService(
            sp.GetRequiredKeyedService<Func<ProviderClient<IDailyApi, DailyOptions>>>(name),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<DailyOptions>>();
            if (string.IsNullOrWhiteSpace(monitor.Get(name).WebhookSecret))
            {
                // Fail closed: without the secret no event could be verified, so there is no parser to accept one.
                throw new InvalidOperationException($"Daily '{name}': RoomClients:{name}:WebhookSecret is not set; it is needed to verify webhooks (the webhook's 'hmac').");
            }

            // Read per webhook: a rotated secret applies to the next one, a removed one rejects every webhook.
            return new DailyWebhookParser(
                () =>
                {
                    var options = monitor.Get(name);
                    return (options.WebhookSecret, options.WebhookTolerance);
                },
                sp.GetService<TimeProvider>());
        });
        services.AddKeyedSingleton<IRoomWebhookParser>(name, (sp, key) => sp.GetRequiredKeyedService<DailyWebhookParser>(key));
        return registration;
    }
}
