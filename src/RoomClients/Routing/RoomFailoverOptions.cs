namespace RoomClients.Routing;

/// <summary>
/// How a failover (<c>rooms.AddFailover("rooms", f =&gt; f.Use("whereby").Then("enablex"))</c>) composes registered
/// providers: the order of preference, when a provider counts as unhealthy, an optional per-request selector and an
/// event callback.
/// </summary>
/// <remarks>
/// A create goes to the first provider, in order, that can serve the request (its <see cref="RoomCapabilities"/> cover
/// the request's kind and settings) and whose circuit is not open. It moves on to the next provider only when the
/// provider certainly did not act on it (<see cref="RoomProviderUnavailableException.RequestNotProcessed"/>): never after
/// a timeout or dropped connection (the room may exist), nor on validation, authentication, rate-limit, not-found or
/// conflict errors, which go to the caller. Get, update and delete go to the room's owner, named by its
/// <see cref="RoomReference"/>.
/// </remarks>
public sealed class RoomFailoverOptions
{
    private readonly List<string> _providers = [];

    /// <summary>Gets the registration names of the providers, in order of preference.</summary>
    public IReadOnlyList<string> Providers => _providers.AsReadOnly();

    /// <summary>Gets or sets how many calls in a row must fail with <see cref="RoomProviderUnavailableException"/> before creates skip a provider; 3 by default.</summary>
    public int FailureThreshold { get; set; } = 3;

    /// <summary>Gets or sets how long creates skip a provider whose circuit opened, before one create probes it again; 30 s by default.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets an optional selector that orders or filters, per request, the providers able to serve it. It receives
    /// the request and the capable providers' names in order of preference, and returns the names to try, in order (a
    /// subset of those it received). Returning none makes the create throw <see cref="RoomFeatureNotSupportedException"/>.
    /// </summary>
    public Func<CreateRoomRequest, IReadOnlyList<string>, IEnumerable<string>>? SelectProviders { get; set; }

    /// <summary>Gets or sets a callback told which provider served each call, and of every fall-over, skip and circuit change. It runs on the caller's path: keep it quick. Its exceptions are logged, never thrown.</summary>
    public Action<RoomFailoverEvent>? OnEvent { get; set; }

    /// <summary>Gets or sets the clock for break durations; by default the <see cref="System.TimeProvider"/> registered in DI, else the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Makes <paramref name="name"/> the first provider, replacing any list set before.</summary>
    /// <param name="name">A provider's registration name, such as <c>"whereby"</c>.</param>
    /// <returns>These options, to chain <see cref="Then"/>.</returns>
    public RoomFailoverOptions Use(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _providers.Clear();
        _providers.Add(name);
        return this;
    }

    /// <summary>Adds <paramref name="name"/> as the next provider to try.</summary>
    /// <param name="name">A provider's registration name.</param>
    /// <returns>These options.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Use"/> was not called first.</exception>
    /// <exception cref="ArgumentException">The provider is already in the list.</exception>
    public RoomFailoverOptions Then(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_providers.Count == 0)
        {
            throw new InvalidOperationException($"Call Use(\"{name}\") for the first provider, then Then(…) for the next.");
        }

        if (_providers.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{name}' is already a provider of this failover.", nameof(name));
        }

        _providers.Add(name);
        return this;
    }
}
