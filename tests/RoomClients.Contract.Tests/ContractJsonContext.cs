using System.Text.Json.Serialization;

namespace RoomClients.Contract.Tests;

/// <summary>A source-generated context, as an AOT application (a minimal API) would declare it.</summary>
[JsonSerializable(typeof(Room))]
[JsonSerializable(typeof(RoomReference))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
