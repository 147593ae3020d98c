using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>GET /users/{userId}/meeting_templates</c>.</summary>
public sealed class ZoomMeetingTemplates
{
    /// <summary>Gets or sets the number of templates.</summary>
    [JsonPropertyName("total_records")]
    public int? TotalRecords { get; set; }

    /// <summary>Gets or sets the templates.</summary>
    [JsonPropertyName("templates")]
    public IList<ZoomMeetingTemplate>? Templates { get; set; }
}
