using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A registrant named in a status change.</summary>
public sealed class ZoomRegistrantReference
{
    /// <summary>Gets or sets the registrant id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the registrant's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }
}
