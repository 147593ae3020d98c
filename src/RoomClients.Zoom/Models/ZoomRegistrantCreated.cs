using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>POST /meetings/{meetingId}/registrants</c>.</summary>
public sealed class ZoomRegistrantCreated
{
    /// <summary>Gets or sets the meeting ID.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the registrant id.</summary>
    [JsonPropertyName("registrant_id")]
    public string? RegistrantId { get; set; }

    /// <summary>Gets or sets the meeting topic.</summary>
    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    /// <summary>Gets or sets the meeting start, as Zoom wrote it.</summary>
    [JsonPropertyName("start_time")]
    public string? StartTime { get; set; }

    /// <summary>Gets or sets the registrant's own join URL.</summary>
    [JsonPropertyName("join_url")]
    public Uri? JoinUrl { get; set; }
}
