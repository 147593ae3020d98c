using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>GET /meetings/{meetingId}/invitation</c>.</summary>
public sealed class ZoomMeetingInvitation
{
    /// <summary>Gets or sets the invitation text.</summary>
    [JsonPropertyName("invitation")]
    public string? Invitation { get; set; }
}
