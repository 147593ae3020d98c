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

    /// <summary>Creates the hand-written client: its own <see cref="HttpClient"/>, DTOs and source-generated JSON.</summary>
    public abstract IBaselineClient CreateBaseline(Uri server);

    /// <summary>Creates the neutral request the SDK's create benchmark sends (the baseline sends its wire equivalent).</summary>
    public abstract CreateRoomRequest CreateRequest();

    /// <inheritdoc />
    public override string ToString() => Name;
}
