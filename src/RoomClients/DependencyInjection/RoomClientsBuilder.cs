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
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoomClients.Http;
using RoomClients.Telemetry;

namespace RoomClients.DependencyInjection;

/// <summary>
/// Registers room providers. Each provider package adds an extension (<c>AddWhereby</c>, <c>AddVonage</c>…); each
/// registration is keyed by its name (the provider name by default), and a plain <see cref="IRoomService"/> is registered
/// when exactly one provider is registered or one is marked default with <see cref="SetDefault"/>.
/// </summary>
public sealed class RoomClientsBuilder
{
    /// <summary>The configuration section providers bind from: <c>RoomClients:&lt;name&gt;</c>.</summary>
    public const string ConfigurationSectionName = "RoomClients";

    private static readonly object NoOptions = new(); // the snapshot of a registration registered without options (never changed)

    private readonly RoomClientsRegistry _registry;

    internal RoomClientsBuilder(IServiceCollection services, RoomClientsRegistry registry)
    {
        Services = services;
        _registry = registry;
    }

    internal RoomClientsRegistry Registry => _registry;

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Marks the registration named <paramref name="name"/> as the one a plain <see cref="IRoomService"/> resolves to.</summary>
    /// <param name="name">The registration's name (the provider name unless registered under another key).</param>
    /// <returns>This builder.</returns>
    public RoomClientsBuilder SetDefault(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _registry.ExplicitDefault = name;
        RefreshDefaultRegistration();
        return this;
    }

    /// <summary>Adjusts the resilience pipeline (retries, timeouts, circuit breaker) of every provider registered through this builder, after the SDK's defaults (<see cref="RoomClientsResilience"/>).</summary>
    /// <param name="configure">Receives the registration name and its options.</param>
    /// <returns>This builder.</returns>
    public RoomClientsBuilder ConfigureResilience(Action<string, HttpStandardResilienceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _registry.ResilienceConfigurations.Add(configure);
        return this;
    }

    /// <summary>Adjusts the HTTP limits (<see cref="RoomClientsHttpOptions"/>: the largest answer body read) of every provider registered through this builder.</summary>
    /// <param name="configure">Receives the registration name and its options.</param>
    /// <returns>This builder.</returns>
    public RoomClientsBuilder ConfigureHttp(Action<string, RoomClientsHttpOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _registry.HttpConfigurations.Add(configure);
        return this;
    }

    /// <summary>
    /// Declares the secret values a registration holds (keys, tokens, webhook secrets, private-key material), read each
    /// time an error or a log line is written: none of them, nor the <c>Authorization</c> value sent, appears in anything
    /// the SDK writes. Provider packages call this once per registration.
    /// </summary>
    internal RoomClientsBuilder AddSecrets(string name, Func<IServiceProvider, Func<IEnumerable<string?>>> secrets)
    {
        Services.AddKeyedSingleton(name, (sp, _) => new RoomSecretSource(secrets(sp)));
        AddRedactor(name);
        return this;
    }

    private void AddRedactor(string name) =>
        Services.TryAddKeyedSingleton(name, (sp, key) => new RoomRedactor(sp.GetKeyedServices<RoomSecretSource>(key)));

    internal RoomClientsHttpOptions HttpOptionsFor(string name)
    {
        var options = new RoomClientsHttpOptions();
        foreach (var configure in _registry.HttpConfigurations)
        {
            configure(name, options);
        }

        if (options.MaxResponseBodySize < 1 || options.MaxResponseBodySize > Array.MaxLength)
        {
            throw new InvalidOperationException($"RoomClients '{name}': MaxResponseBodySize must be between 1 and {Array.MaxLength} bytes.");
        }

        return options;
    }

    /// <summary>Registers an <see cref="IRoomService"/> under <paramref name="name"/>, wrapped in the SDK's telemetry (spans, metrics, logs; see <see cref="Telemetry.RoomClientsTelemetry"/>). Provider packages call this; use it for your own implementations too. Rooms it returns carry <paramref name="name"/> as <see cref="Room.RegistrationName"/>.</summary>
    /// <param name="name">The service key.</param>
    /// <param name="factory">Creates the service.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">A service is already registered under that name.</exception>
    public RoomClientsBuilder AddRoomService(string name, Func<IServiceProvider, IRoomService> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (_registry.Contains(name))
        {
            throw new InvalidOperationException($"A room service is already registered as '{name}'. Pass another name to register a second account of the same provider.");
        }

        _registry.Add(name);
        Services.AddKeyedTransient<IRoomService>(name, (sp, _) => new TelemetryRoomService(
            factory(sp),
            name,
            sp.GetRequiredService<RoomClientsInstruments>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger("RoomClients") ?? NullLogger.Instance,
            sp.GetKeyedService<RoomRedactor>(name) ?? RoomRedactor.None));
        RefreshDefaultRegistration();
        return this;
    }

    /// <summary>
    /// Registers the named options <typeparamref name="TOptions"/> for a provider registration: bound from the
    /// <c>RoomClients:&lt;name&gt;</c> configuration section when an <see cref="IConfiguration"/> is registered (and rebound
    /// when it reloads), then <paramref name="configure"/>, then validated at start-up.
    /// </summary>
    /// <typeparam name="TOptions">The provider's options type.</typeparam>
    /// <param name="name">The registration name.</param>
    /// <param name="bind">Binds a configuration section onto the options (the provider passes the source-generated binder).</param>
    /// <param name="configuration">An explicit section to bind instead of <c>RoomClients:&lt;name&gt;</c>.</param>
    /// <param name="configure">Code configuration applied after binding.</param>
    /// <returns>The options builder.</returns>
    public OptionsBuilder<TOptions> AddProviderOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        string name,
        Action<IConfiguration, TOptions> bind,
        IConfiguration? configuration = null,
        Action<TOptions>? configure = null)
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bind);
        var options = Services.AddOptions<TOptions>(name);
        options.Configure<IServiceProvider>((o, sp) =>
        {
            var section = configuration ?? sp.GetService<IConfiguration>()?.GetSection($"{ConfigurationSectionName}:{name}");
            if (section is not null)
            {
                bind(section, o);
            }
        });
        Services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(sp => new ConfigurationReloadTokenSource<TOptions>(
            name, configuration ?? sp.GetService<IConfiguration>()));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        Services.AddKeyedSingleton<RegistrationOptionsChanges>(name, (sp, _) => new RegistrationOptionsChanges<TOptions>(sp.GetRequiredService<IOptionsMonitor<TOptions>>(), name));
        return options.ValidateOnStart();
    }

    /// <summary>
    /// Registers the HTTP client and the Refit client <typeparamref name="TApi"/> for a provider registration, with the
    /// SDK's pipeline: transport-error mapping (outermost), resilience (so each retry re-runs authentication) then whatever the caller adds
    /// (its authentication handler), and the SDK's error mapping. <typeparamref name="TApi"/> is registered keyed by
    /// <paramref name="name"/>, and also unkeyed for the first registration of that API.
    /// </summary>
    /// <typeparam name="TApi">The provider's Refit interface.</typeparam>
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
    public IHttpClientBuilder AddProviderApi<TApi>(
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Action<IServiceProvider, HttpClient> configureClient)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(configureClient);
        return AddProviderApi<TApi, object>(name, provider, jsonContext, errorParser, configureClient, snapshot: null);
    }

    /// <summary>
    /// Registers the HTTP client and the Refit client <typeparamref name="TApi"/> for a provider registration like
    /// <see cref="AddProviderApi{TApi}(string, string, JsonSerializerContext, IProviderErrorParser?, Action{IServiceProvider, HttpClient})"/>,
    /// and builds each client together with a snapshot of the registration's <typeparamref name="TOptions"/>: its base
    /// address is <paramref name="baseAddress"/> of that snapshot, and every request it sends carries the snapshot
    /// (read it in the authentication handler with <see cref="ProviderClient.OptionsOf{TOptions}"/>). Also registers the
    /// keyed <see cref="ProviderClient{TApi, TOptions}"/>: adapters take one per operation.
    /// </summary>
    /// <typeparam name="TApi">The provider's Refit interface.</typeparam>
    /// <typeparam name="TOptions">The provider's options type (registered with <see cref="AddProviderOptions{TOptions}"/>).</typeparam>
    /// <param name="name">The registration name.</param>
    /// <param name="provider">The provider name used in errors.</param>
    /// <param name="jsonContext">The provider's source-generated JSON context.</param>
    /// <param name="errorParser">Reads the provider's error bodies.</param>
    /// <param name="baseAddress">Reads the API base address from an options snapshot.</param>
    /// <returns>The HTTP client builder, to add the authentication handler.</returns>
    public IHttpClientBuilder AddProviderApi<TApi, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Func<TOptions, Uri> baseAddress)
        where TApi : class
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(baseAddress);
        return AddProviderApi<TApi, TOptions>(
            name,
            provider,
            jsonContext,
            errorParser,
            (sp, client) => client.BaseAddress = baseAddress(sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name)),
            baseAddress);
    }

    private IHttpClientBuilder AddProviderApi<TApi, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Action<IServiceProvider, HttpClient> configureClient,
        Func<TOptions, Uri>? snapshot)
        where TApi : class
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(jsonContext);
        ArgumentNullException.ThrowIfNull(configureClient);
        var httpClientName = HttpClientName(name);
        var httpClient = Services.AddHttpClient(httpClientName, (sp, client) =>
        {
            client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            configureClient(sp, client);
        });
        var registry = _registry;
        var mapper = new RoomErrorMapper(provider, errorParser);
        AddRedactor(name);
        httpClient.AddHttpMessageHandler(sp => new RoomTransportErrorHandler(mapper, sp.GetRequiredKeyedService<RoomRedactor>(name)));

        // Innermost, after every handler the provider adds (so below the attempt timeout, auth and EnableX's envelope
        // check): read each answer whole with a cap, and never follow a redirect, whatever primary handler is configured.
        var builder = this;
        Services.PostConfigure<HttpClientFactoryOptions>(httpClientName, o => o.HttpMessageHandlerBuilderActions.Add(b =>
        {
            RoomResponseBufferingHandler.DisableRedirects(b.PrimaryHandler);
            b.AdditionalHandlers.Add(new RoomResponseBufferingHandler(mapper, builder.HttpOptionsFor(name).MaxResponseBodySize));
        }));
        httpClient.AddStandardResilienceHandler(options =>
        {
            RoomClientsResilience.ApplyDefaults(options);
            foreach (var configure in registry.ResilienceConfigurations)
            {
                configure(name, options);
            }
        });

        var settings = RoomClientsRefit.CreateSettings(mapper, jsonContext, provider);
        if (typeof(IDisposable).IsAssignableFrom(typeof(TApi)))
        {
            // A disposable client cannot be shared: the container disposes what it hands out as transient.
            Func<IServiceProvider, TApi> create = sp =>
                RestService.ForGenerated<TApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), settings);
            Services.AddKeyedTransient<TApi>(name, (sp, _) => create(sp));
            Services.TryAddTransient(create);
        }
        else
        {
            // One Refit client per registration, built with its options snapshot, renewed with the handler lifetime and on
            // options changes.
            Services.AddKeyedSingleton(name, (sp, _) => new ProviderApiClientCache<TApi, TOptions>(
                sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>(),
                httpClientName,
                requestOptions => RoomClientsRefit.CreateSettings(mapper, jsonContext, provider, requestOptions),
                sp.GetKeyedService<RegistrationOptionsChanges>(name),
                snapshot is null ? static () => (TOptions)NoOptions : () => sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name),
                snapshot));
            Services.AddKeyedTransient(name, (sp, _) => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi, TOptions>>(name).Get());
            Services.AddKeyedTransient<TApi>(name, (sp, _) => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi, TOptions>>(name).Get().Api);
            Services.TryAddTransient(sp => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi, TOptions>>(name).Get().Api);
        }

        return httpClient;
    }

    /// <summary>Returns the <see cref="IHttpClientFactory"/> client name used for a registration.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The client name.</returns>
    public static string HttpClientName(string name) => $"RoomClients.{name}";

    private void RefreshDefaultRegistration()
    {
        if (_registry.DefaultDescriptor is { } existing)
        {
            Services.Remove(existing);
            _registry.DefaultDescriptor = null;
        }

        if (_registry.DefaultName is not null)
        {
            var registry = _registry;
            var descriptor = ServiceDescriptor.Transient<IRoomService>(sp =>
                sp.GetRequiredKeyedService<IRoomService>(registry.DefaultName ?? throw new InvalidOperationException("No default room service.")));
            Services.Add(descriptor);
            _registry.DefaultDescriptor = descriptor;
        }
    }

    private sealed class ConfigurationReloadTokenSource<TOptions>(string name, IConfiguration? configuration) : IOptionsChangeTokenSource<TOptions>
    {
        public string Name => name;

        public IChangeToken GetChangeToken() =>
            configuration?.GetReloadToken() ?? new CancellationChangeToken(CancellationToken.None);
    }
}
