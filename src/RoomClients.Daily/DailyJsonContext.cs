using System.Text.Json;
using System.Text.Json.Serialization;
using RoomClients.Daily.Models;

namespace RoomClients.Daily;

/// <summary>Source-generated JSON for every Daily wire type: no reflection, AOT-clean, read loosely (the shared converters; unix times through the Daily converter on each property). Unknown fields are ignored (or kept in <c>AdditionalProperties</c>); unset fields are not sent.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(LooseStringConverter), typeof(LooseNullableInt32Converter), typeof(LooseInt32Converter), typeof(LooseNullableInt64Converter), typeof(LooseInt64Converter), typeof(LooseNullableDoubleConverter), typeof(LooseNullableBooleanConverter), typeof(LooseBooleanConverter), typeof(LooseNullableDateTimeOffsetConverter), typeof(LooseDateTimeOffsetConverter), typeof(LooseUriConverter)])]
[JsonSerializable(typeof(DailyCreateRoomRequest))]
[JsonSerializable(typeof(DailyUpdateRoomRequest))]
[JsonSerializable(typeof(DailyRoom))]
[JsonSerializable(typeof(DailyPage<DailyRoom>))]
[JsonSerializable(typeof(DailyDeleteResult))]
[JsonSerializable(typeof(DailyPage<PresenceParticipant>))]
[JsonSerializable(typeof(IDictionary<string, IList<PresenceParticipant>>))]
[JsonSerializable(typeof(BatchCreateRoomsRequest))]
[JsonSerializable(typeof(IList<DailyRoom>))]
[JsonSerializable(typeof(BatchDeleteRoomsRequest))]
[JsonSerializable(typeof(BatchDeleteRoomsResult))]
[JsonSerializable(typeof(MeetingTokenRequest))]
[JsonSerializable(typeof(MeetingToken))]
[JsonSerializable(typeof(MeetingTokenProperties))]
[JsonSerializable(typeof(MeetingSession))]
[JsonSerializable(typeof(DailyPage<MeetingSession>))]
[JsonSerializable(typeof(DailyPage<MeetingParticipant>))]
[JsonSerializable(typeof(Recording))]
[JsonSerializable(typeof(DailyPage<Recording>))]
[JsonSerializable(typeof(RecordingAccessLink))]
[JsonSerializable(typeof(Transcript))]
[JsonSerializable(typeof(DailyPage<Transcript>))]
[JsonSerializable(typeof(TranscriptAccessLink))]
[JsonSerializable(typeof(Webhook))]
[JsonSerializable(typeof(IList<Webhook>))]
[JsonSerializable(typeof(WebhookRequest))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(DailyErrorBody))]
internal sealed partial class DailyJsonContext : JsonSerializerContext;
