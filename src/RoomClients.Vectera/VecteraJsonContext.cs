using System.Text.Json.Serialization;
using RoomClients.Vectera.Models;

namespace RoomClients.Vectera;

/// <summary>Source-generated JSON for every Vectera wire type: no reflection, AOT-clean. Unknown fields go to <c>AdditionalFields</c>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(LooseStringConverter), typeof(LooseNullableInt32Converter), typeof(LooseInt32Converter), typeof(LooseNullableInt64Converter), typeof(LooseInt64Converter), typeof(LooseNullableDoubleConverter), typeof(LooseNullableBooleanConverter), typeof(LooseBooleanConverter), typeof(LooseNullableDateTimeOffsetConverter), typeof(LooseDateTimeOffsetConverter), typeof(LooseUriConverter)])]
[JsonSerializable(typeof(MeetingRoom))]
[JsonSerializable(typeof(IList<MeetingRoom>))]
[JsonSerializable(typeof(CreateMeetingRoomRequest))]
[JsonSerializable(typeof(UpdateMeetingRoomRequest))]
[JsonSerializable(typeof(MeetingRoomTemplate))]
[JsonSerializable(typeof(IList<MeetingRoomTemplate>))]
[JsonSerializable(typeof(CreateMeetingRoomTemplateRequest))]
[JsonSerializable(typeof(VecteraUser))]
[JsonSerializable(typeof(IList<VecteraUser>))]
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(UpdateUserRequest))]
[JsonSerializable(typeof(LoginToken))]
[JsonSerializable(typeof(EndpointDescription))]
[JsonSerializable(typeof(MeetingRoomSettings))]
[JsonSerializable(typeof(CreatePermissionRequest))]
[JsonSerializable(typeof(MeetingRoomAccessKey))]
[JsonSerializable(typeof(VecteraOrganization))]
[JsonSerializable(typeof(CreateOrganizationRequest))]
[JsonSerializable(typeof(UpdateOrganizationRequest))]
[JsonSerializable(typeof(VecteraSubscription))]
[JsonSerializable(typeof(UpdateSubscriptionRequest))]
internal sealed partial class VecteraJsonContext : JsonSerializerContext;
