using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>Vonage against its simulator, through its profile.</summary>
public sealed class VonageContractTests() : RoomServiceContractTests(new VonageProfile());
