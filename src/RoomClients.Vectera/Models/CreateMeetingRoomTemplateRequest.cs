using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>POST /meetingRoomTemplates</c>: <c>name</c> only (the API accepts no other field), or
/// <c>sourceMeetingId</c> + <c>name</c> to save an existing meeting room as a template.</summary>
public sealed class CreateMeetingRoomTemplateRequest
{
    /// <summary>Gets or sets the template name; required.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>Gets or sets the id of the meeting room to save as a template (its documents, private notes and settings).</summary>
    [JsonPropertyName("sourceMeetingId")]
    public string? SourceMeetingId { get; set; }
}
