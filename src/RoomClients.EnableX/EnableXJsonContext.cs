using System.Text.Json.Serialization;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX;

/// <summary>Source-generated JSON for every EnableX wire type: no reflection, AOT-clean. Unknown fields are ignored.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(LooseStringConverter), typeof(LooseNullableInt32Converter), typeof(LooseInt32Converter), typeof(LooseNullableInt64Converter), typeof(LooseInt64Converter), typeof(LooseNullableDoubleConverter), typeof(LooseNullableBooleanConverter), typeof(LooseBooleanConverter), typeof(LooseNullableDateTimeOffsetConverter), typeof(LooseDateTimeOffsetConverter), typeof(LooseUriConverter)])]
[JsonSerializable(typeof(EnableXCreateRoomRequest))]
[JsonSerializable(typeof(EnableXUpdateRoomRequest))]
[JsonSerializable(typeof(EnableXRoomSettings))]
[JsonSerializable(typeof(EnableXResult))]
[JsonSerializable(typeof(EnableXRoomResponse))]
[JsonSerializable(typeof(EnableXRoomListResponse))]
[JsonSerializable(typeof(EnableXCreateTokenRequest))]
[JsonSerializable(typeof(EnableXTokenResponse))]
[JsonSerializable(typeof(EnableXUserListResponse))]
[JsonSerializable(typeof(EnableXCdrResponse))]
[JsonSerializable(typeof(EnableXArchiveResponse))]
[JsonSerializable(typeof(EnableXDialInResponse))]
internal sealed partial class EnableXJsonContext : JsonSerializerContext;
