using Microsoft.Extensions.DependencyInjection;
using RoomClients.Testing;

namespace RoomClients.Contract.Tests;

/// <summary>The in-memory service as a subject: the neutral scenarios without HTTP (fault and credential scenarios are skipped).</summary>
public sealed class InMemoryContractTests : RoomServiceContractTests
{
    protected override string ProviderName => RoomProviders.InMemory;

    protected override ProviderSimulator? StartSimulator() => null;

    protected override void Register(RoomClientsBuilder rooms, ProviderSimulator? simulator, bool validCredentials) => rooms.AddInMemory();

    protected override string Secret(ProviderSimulator? simulator) => "none";
}
