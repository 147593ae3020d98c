using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The body of <c>PUT /meetings/{meetingId}/registrants/status</c>.</summary>
public sealed class ZoomRegistrantStatusRequest
{
    /// <summary>Gets or sets <c>approve</c>, <c>cancel</c> or <c>deny</c>.</summary>
    [JsonPropertyName("action")]
    public required string Action { get; set; }

    /// <summary>Gets or sets the registrants (at most 30).</summary>
    [JsonPropertyName("registrants")]
    public IList<ZoomRegistrantReference>? Registrants { get; set; }
}
