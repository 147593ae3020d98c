using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.Http;
using RoomClients.Providers;

namespace RoomClients.EnableX;

/// <summary>Registers EnableX (or a white label such as Smartflomeet): <c>services.AddRoomClients(rooms =&gt; rooms.AddEnableX())</c>.</summary>
public static class EnableXServiceCollectionExtensions
{
    /// <summary>
    /// Registers EnableX under <paramref name="name"/>: options bound from <c>RoomClients:&lt;name&gt;</c> then
    /// <paramref name="configure"/>, the keyed <see cref="IEnableXApi"/> (HTTP Basic APP_ID:APP_KEY, result-envelope checks)
    /// and the keyed <see cref="IRoomService"/>.
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding (e.g. <c>o =&gt; o.UseSmartflomeet()</c>).</param>
    /// <param name="name">The registration name (service key); use another name for a second project or brand.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddEnableX(this IRoomClientsBuilder builder, Action<EnableXOptions>? configure = null, string name = RoomProviders.EnableX) =>
        AddEnableX(builder, configuration: null, configure, name);

    /// <summary>Registers EnableX with options bound from <paramref name="configuration"/> (a section holding <c>AppId</c>, <c>AppKey</c>, …).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddEnableX(this IRoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.EnableX)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddEnableX(builder, configuration, configure: null, name);
    }

    private static RoomServiceRegistrationBuilder AddEnableX(IRoomClientsBuilder target, IConfiguration? configuration, Action<EnableXOptions>? configure, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = builder.Services;

        builder.AddProviderOptions<EnableXOptions>(name, static (section, options) => section.Bind(options), configuration, configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EnableXOptions>, EnableXOptionsValidator>());

        builder.AddSecrets(name, sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<EnableXOptions>>();
            return () => [monitor.Get(name).AppKey];
        });
        // APP_ID:APP_KEY of the options snapshot each client is built with, on every request that client sends.
        builder.AddProviderApi<IEnableXApi, EnableXOptions>(name, RoomProviders.EnableX, EnableXJsonContext.Default, EnableXErrorParser.Instance, EnableXOptionsValidator.ApiBaseAddress, static options => BasicValue(options.AppId, options.AppKey));
        services.AddKeyedSingleton<IRoomResponseFilter>(name, (sp, _) => new EnableXResultFilter(sp.GetRequiredKeyedService<RoomRedactor>(name)));

        var registration = builder.AddRoomService(name, sp => new EnableXRoomService(
            sp.GetRequiredKeyedService<Func<ProviderClient<IEnableXApi, EnableXOptions>>>(name),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return registration;
    }

    /// <summary>EnableX's <c>Basic</c> value: base64 of the UTF-8 <c>APP_ID:APP_KEY</c>.</summary>
    private static AuthenticationHeaderValue BasicValue(string appId, string appKey) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{appId}:{appKey}")));
}
