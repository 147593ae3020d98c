using Microsoft.Extensions.DependencyInjection;

namespace RoomClients.Benchmarks.Providers;

/// <summary>
/// The careful hand-written client: a provider's baseline code over a named <see cref="IHttpClientFactory"/> client with
/// the standard resilience handler (rate limiter, total timeout, retry, circuit breaker, attempt timeout) and its
/// defaults, in its own container; the SDK's target is to cost nothing over this.
/// </summary>
internal sealed class CarefulClient : IBaselineClient
{
    internal const string ClientName = "careful";
    private readonly ServiceProvider _services;
    private readonly IBaselineClient _inner;

    private CarefulClient(ServiceProvider services, IBaselineClient inner)
    {
        _services = services;
        _inner = inner;
    }

    /// <summary>Registers the factory client with the standard resilience handler and builds the container: what a user's start-up does.</summary>
    public static IServiceCollection Register(IServiceCollection services, ProviderBench provider, Uri server)
    {
        services.AddHttpClient(ClientName, http => provider.ConfigureBaseline(http, server)).AddStandardResilienceHandler();
        return services;
    }

    /// <summary>Builds the container and the client.</summary>
    public static IBaselineClient Create(ProviderBench provider, Uri server)
    {
        var services = Register(new ServiceCollection(), provider, server).BuildServiceProvider();
        return new CarefulClient(services, provider.CreateBaseline(services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName)));
    }

    public Task<string> CreateAsync(CancellationToken cancellationToken = default) => _inner.CreateAsync(cancellationToken);

    public Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default) => _inner.GetAsync(roomId, cancellationToken);

    public Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default) =>
        _inner.ListPageAsync(cursor, pageSize, cancellationToken);

    public void Dispose()
    {
        _inner.Dispose();
        _services.Dispose();
    }
}
