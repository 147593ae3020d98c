using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.Http;
using RoomClients.Providers;
using RoomClients.Webhooks;

namespace RoomClients.Whereby;

/// <summary>Registers Whereby: <c>services.AddRoomClients(rooms =&gt; rooms.AddWhereby())</c>.</summary>
public static class WherebyServiceCollectionExtensions
{
    /// <summary>
    /// Registers Whereby under <paramref name="name"/>: options bound from <c>RoomClients:&lt;name&gt;</c> then
    /// <paramref name="configure"/>, the keyed <see cref="IWherebyApi"/>, the keyed <see cref="IRoomService"/> and, when a
    /// webhook secret is set, the keyed <see cref="WherebyWebhookParser"/> (also as <see cref="IRoomWebhookParser"/>).
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding.</param>
    /// <param name="name">The registration name (service key); use another name for a second Whereby account.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddWhereby(this IRoomClientsBuilder builder, Action<WherebyOptions>? configure = null, string name = RoomProviders.Whereby) =>
        AddWhereby(builder, configuration: null, configure, name);

    /// <summary>Registers Whereby with options bound from <paramref name="configuration"/> (a section holding <c>ApiKey</c>, …).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddWhereby(this IRoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.Whereby)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddWhereby(builder, configuration, configure: null, name);
    }

    private static RoomServiceRegistrationBuilder AddWhereby(IRoomClientsBuilder target, IConfiguration? configuration, Action<WherebyOptions>? configure, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = builder.Services;

        builder.AddProviderOptions<WherebyOptions>(name, static (section, options) => section.Bind(options), configuration, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WherebyOptions>, WherebyOptionsValidator>());

        builder.AddSecrets(name, sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<WherebyOptions>>();
            return () => [monitor.Get(name).ApiKey, monitor.Get(name).WebhookSigningSecret];
        });
        // The key of the options snapshot each client is built with, on every request that client sends.
        builder.AddProviderApi<IWherebyApi, WherebyOptions>(name, RoomProviders.Whereby, WherebyJsonContext.Default, WherebyErrorParser.Instance, static options => options.BaseAddress, static options => new AuthenticationHeaderValue("Bearer", options.ApiKey));

        var registration = builder.AddRoomService(name, sp => new WherebyRoomService(
            sp.GetRequiredKeyedService<Func<ProviderClient<IWherebyApi, WherebyOptions>>>(name),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));

        services.AddKeyedSingleton(name, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<WherebyOptions>>().Get(name);
            if (string.IsNullOrWhiteSpace(options.WebhookSigningSecret))
            {
                throw new InvalidOperationException($"Whereby '{name}': RoomClients:{name}:WebhookSigningSecret is not set; it is needed to verify webhooks.");
            }

            return new WherebyWebhookParser(options.WebhookSigningSecret, options.WebhookTolerance, sp.GetService<TimeProvider>());
        });
        services.AddKeyedSingleton<IRoomWebhookParser>(name, (sp, key) => sp.GetRequiredKeyedService<WherebyWebhookParser>(key));
        return registration;
    }
}
