using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A participant of an ended meeting.</summary>
public sealed class ZoomPastMeetingParticipant
{
    /// <summary>Gets or sets the participant's user id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the email.</summary>
    [JsonPropertyName("user_email")]
    public string? UserEmail { get; set; }
}
