using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>Vectera against its simulator, through its profile.</summary>
public sealed class VecteraContractTests() : RoomServiceContractTests(new VecteraProfile());
