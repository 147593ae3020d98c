using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoomClients.Routing;

using RoomClients.DependencyInjection;

namespace RoomClients;

/// <summary>Registers a failover over providers registered with the same builder.</summary>
public static class FailoverRoomClientsBuilderExtensions
{
    /// <summary>
    /// Registers, under <paramref name="name"/>, one <see cref="IRoomService"/> that composes registered providers:
    /// <c>rooms.AddFailover("rooms", f =&gt; f.Use("whereby").Then("enablex")).Builder.SetDefault("rooms")</c>.
    /// Creates go to the first provider that can serve the request and is healthy, and move to the next only when a
    /// provider certainly did not act (<see cref="RoomProviderUnavailableException.RequestNotProcessed"/>); get, update
    /// and delete take a room's <see cref="RoomReference"/> string and go to its owner. See <see cref="RoomFailoverOptions"/>.
    /// Its health is available as <c>[FromKeyedServices(name)] IRoomFailover</c>.
    /// </summary>
    /// <param name="target">The builder.</param>
    /// <param name="name">The failover's registration name.</param>
    /// <param name="configure">Sets the providers, in order of preference, and the other options.</param>
    /// <returns>The failover registration's pipeline, to add stages.</returns>
    /// <exception cref="ArgumentException">No provider was set, a threshold or duration is not positive, the failover uses itself, or it composes another failover (or is composed by one): list every provider in one failover instead.</exception>
    /// <remarks>The providers may be registered before or after this call; their names are checked when the failover is first resolved.</remarks>
    public static RoomServiceRegistrationBuilder AddFailover(this IRoomClientsBuilder target, string name, Action<RoomFailoverOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = target.Rooms;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RoomFailoverOptions();
        configure(options);
        if (options.Providers.Count == 0)
        {
            throw new ArgumentException($"Failover '{name}' has no provider: call Use(\"…\") and Then(\"…\").", nameof(configure));
        }

        if (options.Providers.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Failover '{name}' cannot use itself as a provider.", nameof(configure));
        }

        // A failover of failovers would stamp rooms with the inner member's name, which the outer one does not own, and two
        // failovers using each other would recurse for ever: one failover lists every provider instead.
        var failovers = builder.Registry.Failovers;
        if (options.Providers.FirstOrDefault(failovers.ContainsKey) is { } nested)
        {
            throw new ArgumentException($"Failover '{name}' cannot use the failover '{nested}': list its providers in '{name}' instead.", nameof(configure));
        }

        if (failovers.FirstOrDefault(f => f.Value.Contains(name, StringComparer.Ordinal)) is { Key: { } outer })
        {
            throw new ArgumentException($"Failover '{outer}' already uses '{name}' as a provider, so '{name}' cannot be a failover: list the providers in '{outer}' instead.", nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.FailureThreshold, 1, $"{nameof(options)}.{nameof(RoomFailoverOptions.FailureThreshold)}");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.BreakDuration, TimeSpan.Zero, $"{nameof(options)}.{nameof(RoomFailoverOptions.BreakDuration)}");

        failovers[name] = options.Providers.ToArray();
        builder.Services.AddKeyedSingleton(name, (sp, _) => new RoomFailoverService(
            name,
            options,
            sp.GetRequiredService<IRoomServiceFactory>(),
            options.TimeProvider ?? sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ILoggerFactory>()?.CreateLogger("RoomClients") ?? NullLogger.Instance));
        builder.Services.AddKeyedSingleton<IRoomFailover>(name, (sp, key) => sp.GetRequiredKeyedService<RoomFailoverService>(key));
        return builder.AddRoomService(name, sp => sp.GetRequiredKeyedService<RoomFailoverService>(name));
    }
}
