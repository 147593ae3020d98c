using RoomClients.Testing;

namespace RoomClients.Contract.Tests;

/// <summary>The in-memory service as a subject: the neutral scenarios without HTTP (fault and credential scenarios are skipped).</summary>
public sealed class InMemoryContractTests() : RoomServiceContractTests(null)
{
    protected override string ProviderName => RoomProviders.InMemory;

    protected override void Compose(RoomClientsBuilder rooms) => rooms.AddInMemory();
}
