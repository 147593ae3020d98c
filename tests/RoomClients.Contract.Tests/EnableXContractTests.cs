using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>EnableX against its simulator, through its profile.</summary>
public sealed class EnableXContractTests() : RoomServiceContractTests(new EnableXProfile());
