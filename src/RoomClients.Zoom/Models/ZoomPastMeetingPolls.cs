using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>GET /past_meetings/{meetingId}/polls</c>.</summary>
public sealed class ZoomPastMeetingPolls
{
    /// <summary>Gets or sets the meeting ID.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the instance UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets when it started.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets the answers, per participant.</summary>
    [JsonPropertyName("questions")]
    public IList<ZoomPollSubmission>? Questions { get; set; }
}
