using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A meeting template.</summary>
public sealed class ZoomMeetingTemplate
{
    /// <summary>Gets or sets the template id (pass it as <see cref="ZoomMeetingRequest.TemplateId"/>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the template type.</summary>
    [JsonPropertyName("type")]
    public int? Type { get; set; }
}
