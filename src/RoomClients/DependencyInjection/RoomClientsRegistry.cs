namespace RoomClients.DependencyInjection;

/// <summary>What the builder registered: names, providers, the default. One instance per service collection.</summary>
internal sealed class RoomClientsRegistry
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names.AsReadOnly();

    public string? ExplicitDefault { get; set; }

    public List<Action<string, Microsoft.Extensions.Http.Resilience.HttpStandardResilienceOptions>> ResilienceConfigurations { get; } = [];

    public List<Action<string, RoomClients.Http.RoomClientsHttpOptions>> HttpConfigurations { get; } = [];

    public Microsoft.Extensions.DependencyInjection.ServiceDescriptor? DefaultDescriptor { get; set; }

    public string? DefaultName => ExplicitDefault ?? (_names.Count == 1 ? _names[0] : null);

    /// <summary>Failover registrations and the providers each composes.</summary>
    public Dictionary<string, IReadOnlyList<string>> Failovers { get; } = new(StringComparer.Ordinal);

    /// <summary>Stages added for every registration, first added outermost.</summary>
    public List<Func<IRoomService, IServiceProvider, IRoomService>> Stages { get; } = [];

    /// <summary>Whether registrations get the telemetry stage (each may still leave it out).</summary>
    public bool Telemetry { get; set; } = true;

    public bool Contains(string name) => _names.Contains(name, StringComparer.Ordinal);

    public void Add(string name) => _names.Add(name);
}
