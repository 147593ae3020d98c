using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using RoomClients.Benchmarks.Server;

namespace RoomClients.Benchmarks.Providers;

/// <summary>
/// One provider's part in the benchmarks: its canned endpoints on the shared server, its SDK registration (as a user
/// writes it) and the hand-written baseline that sends the same requests and reads the same answers. Adding a provider
/// is one subclass listed in <see cref="ProviderBenches.All"/>.
/// </summary>
public abstract class ProviderBench
{
    /// <summary>Gets the provider name, also the path prefix of its endpoints on the server.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the largest page the provider serves, used by the listing benchmarks.</summary>
    public abstract int MaxPageSize { get; }

    /// <summary>Gets whether the provider lists in pages (<see cref="RoomCapabilities.ListsInPages"/>); one that answers with every room at once has no listing benchmark over 1,000 and 100,000 rooms.</summary>
    public virtual bool ListsInPages => true;

    /// <summary>Gets the id the get benchmarks ask for.</summary>
    public virtual string RoomId => CannedRooms.Id(0);

    /// <summary>Maps the provider's endpoints under <c>/{Name}/</c>.</summary>
    public abstract void MapEndpoints(IEndpointRouteBuilder routes, CannedServer server);

    /// <summary>Registers the provider on the SDK's builder against <paramref name="server"/>, with a fake credential.</summary>
    public abstract void AddSdk(RoomClientsBuilder rooms, Uri server);

    /// <summary>
    /// Sets what every hand-written client of this provider sets on its <see cref="HttpClient"/>: the base address on
    /// <paramref name="server"/> and the credential in the default headers (a client that fetches a token leaves it out).
    /// </summary>
    public abstract void ConfigureBaseline(HttpClient http, Uri server);

    /// <summary>Creates the hand-written client over <paramref name="http"/> (configured by <see cref="ConfigureBaseline"/>): DTOs and source-generated JSON; it disposes <paramref name="http"/>.</summary>
    public abstract IBaselineClient CreateBaseline(HttpClient http);

    /// <summary>The floor: the hand-written client over a plain <see cref="HttpClient"/> of its own (no factory, no resilience).</summary>
    public IBaselineClient CreateBaseline(Uri server)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        ConfigureBaseline(http, server);
        return CreateBaseline(http);
    }

    /// <summary>
    /// The careful hand-written client, the main baseline: the same code over an <see cref="IHttpClientFactory"/> client
    /// with <c>AddStandardResilienceHandler()</c>, what a user who wants retries, timeouts and a circuit breaker writes.
    /// </summary>
    public IBaselineClient CreateCareful(Uri server) => CarefulClient.Create(this, server);

    /// <summary>Creates the neutral request the SDK's create benchmark sends (the baseline sends its wire equivalent).</summary>
    public abstract CreateRoomRequest CreateRequest();

    /// <inheritdoc />
    /// <summary>
    /// A get through the provider's Refit interface resolved from the SDK's container (Refit and the SDK's HTTP pipeline,
    /// without the neutral layer: adapter, mapping to <see cref="Room"/>, telemetry), to split the SDK's cost; null where a
    /// get is not one Refit call (Daily's get is two).
    /// </summary>
    public virtual Func<Task<string>>? SdkApiGet(IServiceProvider sdk) => null;

    public override string ToString() => Name;
}
