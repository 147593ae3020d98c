using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoomClients.Http;
using RoomClients.Providers;

namespace RoomClients.Vectera;

/// <summary>Registers Vectera: <c>services.AddRoomClients(rooms =&gt; rooms.AddVectera())</c>.</summary>
public static class VecteraServiceCollectionExtensions
{
    /// <summary>The authorization scheme Vectera documents: <c>Authorization: Token {token}</c>.</summary>
    internal const string AuthorizationScheme = "Token";

    /// <summary>
    /// Registers Vectera under <paramref name="name"/>: options bound from <c>RoomClients:&lt;name&gt;</c> then
    /// <paramref name="configure"/>, the keyed <see cref="IVecteraApi"/> and the keyed <see cref="IRoomService"/>.
    /// </summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configure">Sets options in code, after configuration binding.</param>
    /// <param name="name">The registration name (service key); use another name for a second Vectera account.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddVectera(this IRoomClientsBuilder builder, Action<VecteraOptions>? configure = null, string name = RoomProviders.Vectera) =>
        AddVectera(builder, configuration: null, configure, name);

    /// <summary>Registers Vectera with options bound from <paramref name="configuration"/> (a section holding <c>ApiToken</c>, <c>BaseAddress</c>).</summary>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="configuration">The configuration section.</param>
    /// <param name="name">The registration name.</param>
    /// <returns>The registration's pipeline, to add stages such as <c>.Use(inner =&gt; …)</c>.</returns>
    public static RoomServiceRegistrationBuilder AddVectera(this IRoomClientsBuilder builder, IConfiguration configuration, string name = RoomProviders.Vectera)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddVectera(builder, configuration, configure: null, name);
    }

    private static RoomServiceRegistrationBuilder AddVectera(IRoomClientsBuilder target, IConfiguration? configuration, Action<VecteraOptions>? configure, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        builder.AddProviderOptions<VecteraOptions>(name, static (section, options) => section.Bind(options), configuration, configure);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VecteraOptions>, VecteraOptionsValidator>());

        builder.AddSecrets(name, sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<VecteraOptions>>();
            return () => [monitor.Get(name).ApiToken];
        });
        // The token of the options snapshot each client is built with, on every request that client sends.
        builder.AddProviderApi<IVecteraApi, VecteraOptions>(name, RoomProviders.Vectera, VecteraJsonContext.Default, VecteraErrorParser.Instance, static options => options.BaseAddress, static options => new AuthenticationHeaderValue(AuthorizationScheme, options.ApiToken));

        var registration = builder.AddRoomService(name, sp => new VecteraRoomService(
            sp.GetRequiredKeyedService<Func<ProviderClient<IVecteraApi, VecteraOptions>>>(name),
            sp.GetService<TimeProvider>()));
        return registration;
    }
}
