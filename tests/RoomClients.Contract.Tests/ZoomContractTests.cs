using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>Zoom against its simulator, through its profile.</summary>
public sealed class ZoomContractTests() : RoomServiceContractTests(new ZoomProfile());
