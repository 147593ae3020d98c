using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>GET /past_meetings/{meetingUUID}</c>.</summary>
public sealed class ZoomPastMeeting
{
    /// <summary>Gets or sets the instance UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the meeting ID.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the host's user id.</summary>
    [JsonPropertyName("host_id")]
    public string? HostId { get; set; }

    /// <summary>Gets or sets the meeting type.</summary>
    [JsonPropertyName("type")]
    public int? Type { get; set; }

    /// <summary>Gets or sets the topic.</summary>
    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    /// <summary>Gets or sets the host's name.</summary>
    [JsonPropertyName("user_name")]
    public string? UserName { get; set; }

    /// <summary>Gets or sets the host's email.</summary>
    [JsonPropertyName("user_email")]
    public string? UserEmail { get; set; }

    /// <summary>Gets or sets when it started.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets when it ended.</summary>
    [JsonPropertyName("end_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? EndTime { get; set; }

    /// <summary>Gets or sets the duration in minutes.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Gets or sets the participant minutes in total.</summary>
    [JsonPropertyName("total_minutes")]
    public int? TotalMinutes { get; set; }

    /// <summary>Gets or sets the number of participants.</summary>
    [JsonPropertyName("participants_count")]
    public int? ParticipantsCount { get; set; }
}
