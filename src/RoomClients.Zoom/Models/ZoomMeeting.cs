using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A meeting as Zoom returns it from create (<c>POST /users/{userId}/meetings</c>) and get (<c>GET /meetings/{meetingId}</c>).</summary>
public sealed class ZoomMeeting
{
    /// <summary>Gets or sets the meeting ID (meeting number); an int64 that can exceed 10 digits.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the UUID of the meeting instance (a new one after each session).</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the host's user id.</summary>
    [JsonPropertyName("host_id")]
    public string? HostId { get; set; }

    /// <summary>Gets or sets the host's email.</summary>
    [JsonPropertyName("host_email")]
    public string? HostEmail { get; set; }

    /// <summary>Gets or sets the id of the user who scheduled the meeting for the host.</summary>
    [JsonPropertyName("assistant_id")]
    public string? AssistantId { get; set; }

    /// <summary>Gets or sets the topic.</summary>
    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    /// <summary>Gets or sets the type: 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time (other values may appear).</summary>
    [JsonPropertyName("type")]
    public int Type { get; set; }

    /// <summary>Gets or sets the status, such as <c>waiting</c> or <c>started</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the start (UTC).</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets the planned duration in minutes.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Gets or sets the time zone of <see cref="StartTime"/>.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; set; }

    /// <summary>Gets or sets the agenda.</summary>
    [JsonPropertyName("agenda")]
    public string? Agenda { get; set; }

    /// <summary>Gets or sets when the meeting was created.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets the URL that starts the meeting as host. Anyone holding it joins as the host; it expires after 2 hours (90 days for custCreate users): get the meeting again for a fresh one.</summary>
    [JsonPropertyName("start_url")]
    public Uri? StartUrl { get; set; }

    /// <summary>Gets or sets the URL for participants.</summary>
    [JsonPropertyName("join_url")]
    public Uri? JoinUrl { get; set; }

    /// <summary>Gets or sets the meeting passcode.</summary>
    [JsonPropertyName("password")]
    public string? Password { get; set; }

    /// <summary>Gets or sets the H.323/SIP room system passcode.</summary>
    [JsonPropertyName("h323_password")]
    public string? H323Password { get; set; }

    /// <summary>Gets or sets the host's personal meeting ID, when the meeting uses it.</summary>
    [JsonPropertyName("pmi")]
    public long? Pmi { get; set; }

    /// <summary>Gets or sets the registration URL, when registration is required.</summary>
    [JsonPropertyName("registration_url")]
    public Uri? RegistrationUrl { get; set; }

    /// <summary>Gets or sets the occurrences of a recurring meeting.</summary>
    [JsonPropertyName("occurrences")]
    public IList<ZoomOccurrence>? Occurrences { get; set; }

    /// <summary>Gets or sets the recurrence of a recurring meeting.</summary>
    [JsonPropertyName("recurrence")]
    public ZoomRecurrence? Recurrence { get; set; }

    /// <summary>Gets or sets the meeting settings.</summary>
    [JsonPropertyName("settings")]
    public ZoomMeetingSettings? Settings { get; set; }

    /// <summary>Gets or sets the tracking fields.</summary>
    [JsonPropertyName("tracking_fields")]
    public IList<ZoomTrackingField>? TrackingFields { get; set; }
}
