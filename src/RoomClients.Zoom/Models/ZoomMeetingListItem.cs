using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A meeting as the list endpoint returns it: no start URL and an agenda truncated to 250 characters.</summary>
public sealed class ZoomMeetingListItem
{
    /// <summary>Gets or sets the meeting ID.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the instance UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the host's user id.</summary>
    [JsonPropertyName("host_id")]
    public string? HostId { get; set; }

    /// <summary>Gets or sets the topic.</summary>
    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    /// <summary>Gets or sets the type (see <see cref="ZoomMeeting.Type"/>).</summary>
    [JsonPropertyName("type")]
    public int Type { get; set; }

    /// <summary>Gets or sets the start.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets the duration in minutes.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Gets or sets the time zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; set; }

    /// <summary>Gets or sets the agenda, truncated.</summary>
    [JsonPropertyName("agenda")]
    public string? Agenda { get; set; }

    /// <summary>Gets or sets when it was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets the URL for participants.</summary>
    [JsonPropertyName("join_url")]
    public Uri? JoinUrl { get; set; }
}
