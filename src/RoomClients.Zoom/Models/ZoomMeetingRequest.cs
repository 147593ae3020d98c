using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The body of create (<c>POST /users/{userId}/meetings</c>) and update (<c>PATCH /meetings/{meetingId}</c>, any subset). Unset properties are not sent.</summary>
public sealed class ZoomMeetingRequest
{
    /// <summary>Gets or sets the topic (at most 200 characters).</summary>
    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    /// <summary>Gets or sets the type: 1 instant, 2 scheduled (Zoom's default), 3 recurring without fixed time, 8 recurring with fixed time.</summary>
    [JsonPropertyName("type")]
    public int? Type { get; set; }

    /// <summary>Gets or sets the start, sent as UTC (<c>yyyy-MM-ddTHH:mm:ssZ</c>); scheduled and fixed-time recurring meetings only.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets the planned duration in minutes; scheduled meetings only.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Gets or sets the time zone shown to participants, such as <c>Europe/Paris</c>.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; set; }

    /// <summary>Gets or sets the passcode: at most 10 characters of <c>a-z A-Z 0-9 @ - _ *</c>.</summary>
    [JsonPropertyName("password")]
    public string? Password { get; set; }

    /// <summary>Gets or sets the agenda (at most 2,000 characters).</summary>
    [JsonPropertyName("agenda")]
    public string? Agenda { get; set; }

    /// <summary>Gets or sets the email or id of the user to schedule the meeting for.</summary>
    [JsonPropertyName("schedule_for")]
    public string? ScheduleFor { get; set; }

    /// <summary>Gets or sets the meeting template to create the meeting from.</summary>
    [JsonPropertyName("template_id")]
    public string? TemplateId { get; set; }

    /// <summary>Gets or sets the recurrence (types 3 and 8).</summary>
    [JsonPropertyName("recurrence")]
    public ZoomRecurrence? Recurrence { get; set; }

    /// <summary>Gets or sets the settings.</summary>
    [JsonPropertyName("settings")]
    public ZoomMeetingSettings? Settings { get; set; }

    /// <summary>Gets or sets the tracking fields.</summary>
    [JsonPropertyName("tracking_fields")]
    public IList<ZoomTrackingField>? TrackingFields { get; set; }
}
