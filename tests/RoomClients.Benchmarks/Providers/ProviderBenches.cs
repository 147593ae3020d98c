namespace RoomClients.Benchmarks.Providers;

/// <summary>The providers benchmarked; add one line per provider.</summary>
public static class ProviderBenches
{
    /// <summary>Gets every provider, by name.</summary>
    public static IReadOnlyList<ProviderBench> All { get; } =
    [
        new WherebyBench(),
        new VecteraBench(),
        new VonageBench(),
        new EnableXBench(),
        new DailyBench(),
        new ZoomBench(),
    ];

    /// <summary>Gets the provider names, for <c>[ParamsSource]</c>.</summary>
    public static IEnumerable<string> Names => All.Select(p => p.Name);

    /// <summary>Gets the names of the providers that list in pages, for the listing benchmarks.</summary>
    public static IEnumerable<string> PagedNames => All.Where(p => p.ListsInPages).Select(p => p.Name);

    /// <summary>Finds a provider by name.</summary>
    public static ProviderBench Get(string name) =>
        All.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No benchmark provider '{name}'.", nameof(name));
}
