using System.Text.Json.Serialization;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby;

/// <summary>Source-generated JSON for every Whereby wire type: no reflection, AOT-clean. Unknown fields are ignored.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(LooseStringConverter), typeof(LooseNullableInt32Converter), typeof(LooseInt32Converter), typeof(LooseNullableInt64Converter), typeof(LooseInt64Converter), typeof(LooseNullableDoubleConverter), typeof(LooseNullableBooleanConverter), typeof(LooseBooleanConverter), typeof(LooseNullableDateTimeOffsetConverter), typeof(LooseDateTimeOffsetConverter), typeof(LooseUriConverter)])]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(CreateMeetingRequest))]
[JsonSerializable(typeof(WherebyPage<Meeting>))]
[JsonSerializable(typeof(Recording))]
[JsonSerializable(typeof(WherebyPage<Recording>))]
[JsonSerializable(typeof(AccessLink))]
[JsonSerializable(typeof(BulkDeleteRecordingsRequest))]
[JsonSerializable(typeof(BulkDeleteTranscriptionsRequest))]
[JsonSerializable(typeof(CreateTranscriptionRequest))]
[JsonSerializable(typeof(TranscriptionCreated))]
[JsonSerializable(typeof(Transcription))]
[JsonSerializable(typeof(WherebyPage<Transcription>))]
[JsonSerializable(typeof(CreateSummaryRequest))]
[JsonSerializable(typeof(SummaryCreated))]
[JsonSerializable(typeof(Summary))]
[JsonSerializable(typeof(WherebyPage<Summary>))]
[JsonSerializable(typeof(RoomThemeTokensRequest))]
[JsonSerializable(typeof(RoomLogoReset))]
[JsonSerializable(typeof(RoomBackgroundPreset))]
[JsonSerializable(typeof(WherebyPage<RoomInsight>))]
[JsonSerializable(typeof(WherebyPage<RoomSessionInsight>))]
[JsonSerializable(typeof(WherebyPage<ParticipantInsight>))]
[JsonSerializable(typeof(IList<ParticipantQuality>))]
[JsonSerializable(typeof(WherebyErrorBody))]
internal sealed partial class WherebyJsonContext : JsonSerializerContext;
