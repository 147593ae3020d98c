using System.Text.Json.Serialization;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage;

/// <summary>Source-generated JSON for every Vonage Meetings wire type: no reflection, AOT-clean. Unknown fields are ignored.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(LooseStringConverter), typeof(LooseNullableInt32Converter), typeof(LooseInt32Converter), typeof(LooseNullableInt64Converter), typeof(LooseInt64Converter), typeof(LooseNullableDoubleConverter), typeof(LooseNullableBooleanConverter), typeof(LooseBooleanConverter), typeof(LooseNullableDateTimeOffsetConverter), typeof(LooseDateTimeOffsetConverter), typeof(LooseUriConverter)])]
[JsonSerializable(typeof(VonageRoom))]
[JsonSerializable(typeof(List<VonageRoom>))]
[JsonSerializable(typeof(CreateVonageRoomRequest))]
[JsonSerializable(typeof(UpdateVonageRoomRequest))]
[JsonSerializable(typeof(RoomsPage))]
[JsonSerializable(typeof(VonageRecording))]
[JsonSerializable(typeof(SessionRecordings))]
[JsonSerializable(typeof(IList<DialInNumber>))]
[JsonSerializable(typeof(VonageTheme))]
[JsonSerializable(typeof(IList<VonageTheme>))]
[JsonSerializable(typeof(ThemeDetails))]
[JsonSerializable(typeof(CreateThemeRequest))]
[JsonSerializable(typeof(UpdateThemeRequest))]
[JsonSerializable(typeof(IList<LogoUploadUrl>))]
[JsonSerializable(typeof(FinalizeLogosRequest))]
[JsonSerializable(typeof(VonageApplication))]
[JsonSerializable(typeof(UpdateApplicationRequest))]
[JsonSerializable(typeof(VonageErrorBody))]
internal sealed partial class VonageJsonContext : JsonSerializerContext;
