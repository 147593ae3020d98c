using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>GET /past_meetings/{meetingId}/instances</c>.</summary>
public sealed class ZoomPastMeetingInstances
{
    /// <summary>Gets or sets the ended instances.</summary>
    [JsonPropertyName("meetings")]
    public IList<ZoomPastMeetingInstance>? Meetings { get; set; }
}
