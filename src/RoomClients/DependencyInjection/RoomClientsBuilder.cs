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

using RoomClients.DependencyInjection;

namespace RoomClients;

/// <summary>
/// Registers room providers. Each provider package adds an extension (<c>AddWhereby</c>, <c>AddVonage</c>…); each
/// registration is keyed by its name (the provider name by default), and a plain <see cref="IRoomService"/> is registered
/// when exactly one provider is registered or one is marked default with <see cref="SetDefault"/>.
/// </summary>
public sealed class RoomClientsBuilder : IRoomClientsBuilder
{
    /// <summary>The configuration section providers bind from: <c>RoomClients:&lt;name&gt;</c>.</summary>
    public const string ConfigurationSectionName = "RoomClients";

    internal static readonly object NoOptions = new(); // the snapshot of a registration registered without options (never changed)

    private readonly RoomClientsRegistry _registry;

    internal RoomClientsBuilder(IServiceCollection services, RoomClientsRegistry registry)
    {
        Services = services;
        _registry = registry;
    }

    internal RoomClientsRegistry Registry => _registry;

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets this builder.</summary>
    RoomClientsBuilder IRoomClientsBuilder.Rooms => this;

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

    /// <summary>Adjusts the resilience pipeline (retries, timeouts, circuit breaker) of every provider registered through this builder, after the SDK's defaults.</summary>
    /// <remarks>
    /// The defaults, on top of the standard pipeline of Microsoft.Extensions.Http.Resilience: up to 3 retries with
    /// exponential back-off and jitter that honour <c>Retry-After</c>, a 10 s attempt timeout, a 30 s total timeout and a
    /// circuit breaker per registration. A non-idempotent request (POST, PATCH) is retried only when the provider provably
    /// did not act on it: HTTP 429, HTTP 503 with <c>Retry-After</c>, or a connection that could not be established.
    /// </remarks>
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

    internal void AddRedactor(string name) =>
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

    /// <summary>Adds a stage around the service of every registration (those added before and after this call); stages added first are outermost, and all of them are outside each registration's own stages.</summary>
    /// <param name="stage">Wraps the inner service, such as <c>inner =&gt; new MyRoomService(inner)</c>.</param>
    /// <returns>This builder.</returns>
    /// <remarks>A failover is a registration too: a stage added here wraps it as well as each of its members.</remarks>
    public RoomClientsBuilder Use(Func<IRoomService, IRoomService> stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return Use((inner, _) => stage(inner));
    }

    /// <summary>Adds a stage, built with the resolving service provider, around the service of every registration; see <see cref="Use(Func{IRoomService, IRoomService})"/>.</summary>
    /// <param name="stage">Wraps the inner service.</param>
    /// <returns>This builder.</returns>
    public RoomClientsBuilder Use(Func<IRoomService, IServiceProvider, IRoomService> stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _registry.Stages.Add(stage);
        return this;
    }

    /// <summary>Leaves out the SDK's telemetry stage for every registration (see <see cref="RoomServiceRegistrationBuilder.WithoutTelemetry"/>).</summary>
    /// <returns>This builder.</returns>
    public RoomClientsBuilder WithoutTelemetry()
    {
        _registry.Telemetry = false;
        return this;
    }

    /// <summary>
    /// Registers an <see cref="IRoomService"/> under <paramref name="name"/>, as a keyed service and in
    /// <see cref="IRoomServiceFactory"/>: use it for your own implementations (provider packages call it too). The service
    /// gets the registration's pipeline (stages, telemetry) and rooms it returns carry <paramref name="name"/> as
    /// <see cref="Room.RegistrationName"/>.
    /// </summary>
    /// <param name="name">The service key.</param>
    /// <param name="factory">Creates the service.</param>
    /// <returns>The registration's pipeline, to add stages.</returns>
    /// <exception cref="InvalidOperationException">A service is already registered under that name.</exception>
    public RoomServiceRegistrationBuilder AddRoomService(string name, Func<IServiceProvider, IRoomService> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (_registry.Contains(name))
        {
            throw new InvalidOperationException($"A room service is already registered as '{name}'. Pass another name to register a second account of the same provider.");
        }

        _registry.Add(name);
        var registration = new RoomServiceRegistration(name, factory);
        var registry = _registry;
        Services.AddKeyedTransient<IRoomService>(name, (sp, _) => registration.Build(sp, registry));
        RefreshDefaultRegistration();
        return new RoomServiceRegistrationBuilder(this, registration);
    }

    /// <summary>Returns the <see cref="IHttpClientFactory"/> client name used for a registration.</summary>
    internal static string HttpClientName(string name) => $"RoomClients.{name}";

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
}
