using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>Whereby against its simulator, through its profile.</summary>
public sealed class WherebyContractTests() : RoomServiceContractTests(new WherebyProfile());
