using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Refit;
using RoomClients.DependencyInjection;
using RoomClients.Http;

namespace RoomClients.Providers;

/// <summary>
/// For provider packages (<c>AddWhereby</c>, <c>AddVonage</c>…), not applications: the options and the HTTP/Refit client
/// of a provider registration, wired the SDK's way. Applications register providers through the provider packages'
/// extensions and their own services through <see cref="RoomClientsBuilder.AddRoomService"/>.
/// </summary>
public static class RoomClientsProviderExtensions
{
    /// <summary>
    /// Registers the named options <typeparamref name="TOptions"/> for a provider registration: bound from the
    /// <c>RoomClients:&lt;name&gt;</c> configuration section when an <see cref="IConfiguration"/> is registered (and rebound
    /// when it reloads), then <paramref name="configure"/>, then validated at start-up.
    /// </summary>
    /// <typeparam name="TOptions">The provider's options type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="bind">Binds a configuration section onto the options (the provider passes the source-generated binder).</param>
    /// <param name="configuration">An explicit section to bind instead of <c>RoomClients:&lt;name&gt;</c>.</param>
    /// <param name="configure">Code configuration applied after binding.</param>
    /// <returns>The options builder.</returns>
    public static OptionsBuilder<TOptions> AddProviderOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this RoomClientsBuilder builder,
        string name,
        Action<IConfiguration, TOptions> bind,
        IConfiguration? configuration = null,
        Action<TOptions>? configure = null)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bind);
        var services = builder.Services;
        var options = services.AddOptions<TOptions>(name);
        options.Configure<IServiceProvider>((o, sp) =>
        {
            var section = configuration ?? sp.GetService<IConfiguration>()?.GetSection($"{RoomClientsBuilder.ConfigurationSectionName}:{name}");
            if (section is not null)
            {
                bind(section, o);
            }
        });
        services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(sp => new ConfigurationReloadTokenSource<TOptions>(
            name, configuration ?? sp.GetService<IConfiguration>()));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddKeyedSingleton<RegistrationOptionsChanges>(name, (sp, _) => new RegistrationOptionsChanges<TOptions>(sp.GetRequiredService<IOptionsMonitor<TOptions>>(), name));
        return options.ValidateOnStart();
    }

    /// <summary>
    /// Registers the HTTP client and the Refit client <typeparamref name="TApi"/> for a provider registration, with the
    /// SDK's pipeline: transport-error mapping (outermost), resilience (so each retry re-runs authentication) then whatever the caller adds
    /// (its authentication handler), and the SDK's error mapping. <typeparamref name="TApi"/> is registered keyed by
    /// <paramref name="name"/>, and also unkeyed for the first registration of that API.
    /// </summary>
    /// <typeparam name="TApi">The provider's Refit interface.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="provider">The provider name used in errors.</param>
    /// <param name="jsonContext">The provider's source-generated JSON context.</param>
    /// <param name="errorParser">Reads the provider's error bodies.</param>
    /// <param name="configureClient">Sets the base address and default headers.</param>
    /// <returns>The HTTP client builder, to add the authentication handler.</returns>
    /// <remarks>
    /// One Refit client is shared per registration (not one per resolution) and renewed after half the handler lifetime
    /// or as soon as the registration's options change.
    /// </remarks>
    public static IHttpClientBuilder AddProviderApi<TApi>(
        this RoomClientsBuilder builder,
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Action<IServiceProvider, HttpClient> configureClient)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(jsonContext);
        var services = builder.Services;
        ArgumentNullException.ThrowIfNull(configureClient);
        var httpClientName = RoomClientsBuilder.HttpClientName(name);
        var httpClient = services.AddHttpClient(httpClientName, (sp, client) =>
        {
            client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            configureClient(sp, client);
        });
        var registry = builder.Registry;
        var mapper = new RoomErrorMapper(provider, errorParser);
        httpClient.AddHttpMessageHandler(() => new RoomTransportErrorHandler(mapper));
        httpClient.AddStandardResilienceHandler(options =>
        {
            RoomClientsResilience.ApplyDefaults(options);
            foreach (var configure in registry.ResilienceConfigurations)
            {
                configure(name, options);
            }
        });

        var settings = RoomClientsRefit.CreateSettings(mapper, jsonContext);
        if (typeof(IDisposable).IsAssignableFrom(typeof(TApi)))
        {
            // A disposable client cannot be shared: the container disposes what it hands out as transient.
            Func<IServiceProvider, TApi> create = sp =>
                RestService.ForGenerated<TApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), settings);
            services.AddKeyedTransient<TApi>(name, (sp, _) => create(sp));
            services.TryAddTransient(create);
        }
        else
        {
            // One Refit client per registration, renewed with the handler lifetime and on options changes.
            services.AddKeyedSingleton(name, (sp, _) => new ProviderApiClientCache<TApi>(
                sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>(),
                httpClientName,
                settings,
                sp.GetKeyedService<RegistrationOptionsChanges>(name)));
            services.AddKeyedTransient<TApi>(name, (sp, _) => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi>>(name).Get());
            services.TryAddTransient(sp => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi>>(name).Get());
        }

        return httpClient;
    }

    private sealed class ConfigurationReloadTokenSource<TOptions>(string name, IConfiguration? configuration) : IOptionsChangeTokenSource<TOptions>
    {
        public string Name => name;

        public IChangeToken GetChangeToken() =>
            configuration?.GetReloadToken() ?? new CancellationChangeToken(CancellationToken.None);
    }
}
