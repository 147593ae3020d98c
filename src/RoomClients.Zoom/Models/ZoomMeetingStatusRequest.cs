using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The body of <c>PUT /meetings/{meetingId}/status</c>.</summary>
public sealed class ZoomMeetingStatusRequest
{
    /// <summary>Gets or sets <c>end</c> ends a live meeting; <c>recover</c> restores a deleted one.</summary>
    [JsonPropertyName("action")]
    public required string Action { get; set; }
}
