using System.Text.Json.Serialization;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>Source-generated JSON for every Zoom wire type: no reflection, AOT-clean. Unknown fields are ignored; numbers may arrive as strings.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ZoomMeeting))]
[JsonSerializable(typeof(ZoomMeetingRequest))]
[JsonSerializable(typeof(ZoomMeetingPage))]
[JsonSerializable(typeof(ZoomMeetingStatusRequest))]
[JsonSerializable(typeof(ZoomMeetingInvitation))]
[JsonSerializable(typeof(ZoomLiveStreamSettings))]
[JsonSerializable(typeof(ZoomMeetingTemplates))]
[JsonSerializable(typeof(ZoomRegistrantRequest))]
[JsonSerializable(typeof(ZoomRegistrantPage))]
[JsonSerializable(typeof(ZoomRegistrantCreated))]
[JsonSerializable(typeof(ZoomRegistrantQuestions))]
[JsonSerializable(typeof(ZoomRegistrantStatusRequest))]
[JsonSerializable(typeof(ZoomPollRequest))]
[JsonSerializable(typeof(ZoomPoll))]
[JsonSerializable(typeof(ZoomPollList))]
[JsonSerializable(typeof(ZoomBatchPollsRequest))]
[JsonSerializable(typeof(ZoomPastMeetingInstances))]
[JsonSerializable(typeof(ZoomPastMeeting))]
[JsonSerializable(typeof(ZoomPastMeetingParticipantPage))]
[JsonSerializable(typeof(ZoomPastMeetingPolls))]
[JsonSerializable(typeof(ZoomMeetingRecordings))]
[JsonSerializable(typeof(ZoomErrorBody))]
[JsonSerializable(typeof(ZoomAccessToken))]
internal sealed partial class ZoomJsonContext : JsonSerializerContext;
