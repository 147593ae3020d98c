using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Polly.Telemetry;
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
    /// <param name="builder">The RoomClients builder.</param>
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
        var options = builder.Services.AddOptions<TOptions>(name);
        options.Configure<IServiceProvider>((o, sp) =>
        {
            var section = configuration ?? sp.GetService<IConfiguration>()?.GetSection($"{RoomClientsBuilder.ConfigurationSectionName}:{name}");
            if (section is not null)
            {
                bind(section, o);
            }
        });
        builder.Services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(sp => new ConfigurationReloadTokenSource<TOptions>(
            name, configuration ?? sp.GetService<IConfiguration>()));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return options.ValidateOnStart();
    }

    /// <summary>
    /// Registers the HTTP client and the Refit client <typeparamref name="TApi"/> for a provider registration, with the
    /// SDK's pipeline: resilience with transport-error mapping (outermost, so each retry re-runs authentication), then whatever
    /// the caller adds (its authentication handler), then the body buffering with its size cap, and the SDK's error mapping. <typeparamref name="TApi"/> is registered keyed by
    /// <paramref name="name"/>, and also unkeyed for the first registration of that API.
    /// </summary>
    /// <typeparam name="TApi">The provider's Refit interface.</typeparam>
    /// <param name="builder">The RoomClients builder.</param>
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
        ArgumentNullException.ThrowIfNull(configureClient);
        return AddProviderApiCore<TApi, object>(builder, name, provider, jsonContext, errorParser, configureClient, snapshot: null);
    }

    /// <summary>
    /// Registers the HTTP client and the Refit client <typeparamref name="TApi"/> for a provider registration like
    /// <see cref="AddProviderApi{TApi}(RoomClientsBuilder, string, string, JsonSerializerContext, IProviderErrorParser?, Action{IServiceProvider, HttpClient})"/>,
    /// and builds each client together with a snapshot of the registration's <typeparamref name="TOptions"/>: its base
    /// address is <paramref name="baseAddress"/> of that snapshot, and every request it sends carries the snapshot
    /// (read it in the authentication handler with <see cref="ProviderClient.OptionsOf{TOptions}"/>). Also registers the
    /// keyed <see cref="ProviderClient{TApi, TOptions}"/> (the current snapshot's client, resolved anew each time) and the
    /// keyed singleton <see cref="Func{TResult}"/> of it that returns the current snapshot's client: adapters take the
    /// function once and call it once per operation, without a container lookup per call.
    /// </summary>
    /// <typeparam name="TApi">The provider's Refit interface.</typeparam>
    /// <typeparam name="TOptions">The provider's options type (registered with <see cref="AddProviderOptions{TOptions}"/>).</typeparam>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="provider">The provider name used in errors.</param>
    /// <param name="jsonContext">The provider's source-generated JSON context.</param>
    /// <param name="errorParser">Reads the provider's error bodies.</param>
    /// <param name="baseAddress">Reads the API base address from an options snapshot.</param>
    /// <returns>The HTTP client builder, to add the authentication handler.</returns>
    public static IHttpClientBuilder AddProviderApi<TApi, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this RoomClientsBuilder builder,
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Func<TOptions, Uri> baseAddress)
        where TApi : class
        where TOptions : class
    {
        return AddSnapshotApi<TApi, TOptions>(builder, name, provider, jsonContext, errorParser, baseAddress, authorization: null);
    }

    /// <summary>
    /// Registers a provider API whose credentials are static (an API key, a Basic id and secret), as
    /// <see cref="AddProviderApi{TApi, TOptions}(RoomClientsBuilder, string, string, JsonSerializerContext, IProviderErrorParser?, Func{TOptions, Uri})"/>
    /// does, with the <c>Authorization</c> value built from each options snapshot: every request of the client built with a
    /// snapshot carries that snapshot's value (so a rotation of base address and key together never sends the new key to
    /// the old host), no authentication handler is needed, and the requests carry no options snapshot
    /// (<see cref="ProviderClient.OptionsOf{TOptions}"/> returns <see langword="null"/> for them): nothing is added per call.
    /// </summary>
    /// <typeparam name="TApi">The provider's Refit interface.</typeparam>
    /// <typeparam name="TOptions">The provider's options type (registered with <see cref="AddProviderOptions{TOptions}"/>).</typeparam>
    /// <param name="builder">The RoomClients builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="provider">The provider name used in errors.</param>
    /// <param name="jsonContext">The provider's source-generated JSON context.</param>
    /// <param name="errorParser">Reads the provider's error bodies.</param>
    /// <param name="baseAddress">Reads the API base address from an options snapshot.</param>
    /// <param name="authorization">Builds the <c>Authorization</c> value from an options snapshot; a value with control characters is refused before anything is sent.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddProviderApi<TApi, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this RoomClientsBuilder builder,
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Func<TOptions, Uri> baseAddress,
        Func<TOptions, AuthenticationHeaderValue> authorization)
        where TApi : class
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return AddSnapshotApi<TApi, TOptions>(builder, name, provider, jsonContext, errorParser, baseAddress, authorization);
    }

    /// <summary>The two snapshot overloads: a client built outside the cache (a disposable API) takes the current options' address and credentials.</summary>
    private static IHttpClientBuilder AddSnapshotApi<TApi, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        RoomClientsBuilder builder,
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Func<TOptions, Uri> baseAddress,
        Func<TOptions, AuthenticationHeaderValue>? authorization)
        where TApi : class
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(baseAddress);
        return AddProviderApiCore<TApi, TOptions>(
            builder,
            name,
            provider,
            jsonContext,
            errorParser,
            (sp, client) =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
                client.BaseAddress = baseAddress(options);
                if (authorization is not null)
                {
                    ProviderApiClientCache<TApi, TOptions>.SetAuthorization(client, authorization(options), provider);
                }
            },
            baseAddress,
            authorization);
    }

    private static IHttpClientBuilder AddProviderApiCore<TApi, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        RoomClientsBuilder builder,
        string name,
        string provider,
        JsonSerializerContext jsonContext,
        IProviderErrorParser? errorParser,
        Action<IServiceProvider, HttpClient> configureClient,
        Func<TOptions, Uri>? snapshot,
        Func<TOptions, AuthenticationHeaderValue>? authorization = null)
        where TApi : class
        where TOptions : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(jsonContext);
        ArgumentNullException.ThrowIfNull(configureClient);
        var httpClientName = RoomClientsBuilder.HttpClientName(name);
        var httpClient = builder.Services.AddHttpClient(httpClientName, (sp, client) =>
        {
            client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
            configureClient(sp, client);
        });
        var registry = builder.Registry;
        builder.AddRedactor(name);

        // One error mapper per registration and container, with the registration's redactor: the handler, Refit's
        // exception factories and the providers' checks put nothing unredacted in an exception.
        builder.Services.AddKeyedSingleton(name, (sp, _) => new RoomErrorMapper(provider, errorParser, sp.GetRequiredKeyedService<RoomRedactor>(name), sp.GetService<TimeProvider>()));

        // Outermost: the resilience pipeline and the transport-error mapping in one handler. The pipeline is built once per
        // registration (its circuit breaker and concurrency limit outlive the factory's handler rotations) from the
        // standard handler's options: the SDK's defaults, then every ConfigureResilience callback.
        var pipelineName = $"{httpClientName}-standard";
        builder.Services.AddKeyedSingleton(name, (sp, _) => new RoomResiliencePipeline(RoomClientsResilience.BuildPipeline(
            pipelineName,
            ResilienceOptionsFor(registry, name),
            sp.GetService<IOptions<TelemetryOptions>>()?.Value,
            sp.GetService<TimeProvider>())));
        // Inside each attempt, after the handlers below have answered: no redirect, the body read whole with a cap (the
        // registration's MaxResponseBodySize), then the provider's check of the answer (a keyed IRoomResponseFilter).
        httpClient.AddHttpMessageHandler(sp => new RoomResilienceHandler(
            sp.GetRequiredKeyedService<RoomResiliencePipeline>(name).Pipeline,
            sp.GetRequiredKeyedService<RoomErrorMapper>(name),
            builder.HttpOptionsFor(name).MaxResponseBodySize,
            sp.GetKeyedService<IRoomResponseFilter>(name)));
        RoomResiliencePipeline.AddPollyTelemetry(builder.Services);

        // Never follow a redirect, whatever primary handler is configured.
        builder.Services.PostConfigure<HttpClientFactoryOptions>(httpClientName, o => o.HttpMessageHandlerBuilderActions.Add(b => RoomResponseBody.DisableRedirects(b.PrimaryHandler)));

        if (typeof(IDisposable).IsAssignableFrom(typeof(TApi)))
        {
            // A disposable client cannot be shared: the container disposes what it hands out as transient.
            Func<IServiceProvider, TApi> create = sp =>
                RestService.ForGenerated<TApi>(sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName), RoomClientsRefit.CreateSettings(sp.GetRequiredKeyedService<RoomErrorMapper>(name), jsonContext, provider));
            builder.Services.AddKeyedTransient<TApi>(name, (sp, _) => create(sp));
            builder.Services.TryAddTransient(create);
        }
        else
        {
            // One Refit client per registration, built with its options snapshot, renewed with the handler lifetime and on
            // options changes.
            builder.Services.AddKeyedSingleton(name, (sp, _) => new ProviderApiClientCache<TApi, TOptions>(
                sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>(),
                httpClientName,
                provider,
                requestOptions => RoomClientsRefit.CreateSettings(sp.GetRequiredKeyedService<RoomErrorMapper>(name), jsonContext, provider, requestOptions),
                snapshot is null ? static () => (TOptions)RoomClientsBuilder.NoOptions : CurrentOptions<TOptions>(sp, name),
                snapshot,
                authorization));
            builder.Services.AddKeyedTransient(name, (sp, _) => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi, TOptions>>(name).Get());
            builder.Services.AddKeyedSingleton<Func<ProviderClient<TApi, TOptions>>>(name, (sp, _) => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi, TOptions>>(name).Get);
            builder.Services.AddKeyedTransient<TApi>(name, (sp, _) => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi, TOptions>>(name).Get().Api);
            builder.Services.TryAddTransient(sp => sp.GetRequiredKeyedService<ProviderApiClientCache<TApi, TOptions>>(name).Get().Api);
        }

        return httpClient;
    }

    /// <summary>Reads the registration's current options from the monitor, resolved once (not per call).</summary>
    private static Func<TOptions> CurrentOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services, string name)
        where TOptions : class
    {
        var monitor = services.GetRequiredService<IOptionsMonitor<TOptions>>();
        return () => monitor.Get(name);
    }

    private static HttpStandardResilienceOptions ResilienceOptionsFor(RoomClientsRegistry registry, string name)
    {
        var options = new HttpStandardResilienceOptions();
        RoomClientsResilience.ApplyDefaults(options);
        foreach (var configure in registry.ResilienceConfigurations)
        {
            configure(name, options);
        }

        return options;
    }

    private sealed class ConfigurationReloadTokenSource<TOptions>(string name, IConfiguration? configuration) : IOptionsChangeTokenSource<TOptions>
    {
        public string Name => name;

        public IChangeToken GetChangeToken() =>
            configuration?.GetReloadToken() ?? new CancellationChangeToken(CancellationToken.None);
    }
}
