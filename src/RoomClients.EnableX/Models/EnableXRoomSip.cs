using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The <c>sip</c> object of a room as EnableX returns it: whether SIP dial-in is on, with the PIN and meeting id it assigned.</summary>
public sealed class EnableXRoomSip
{
    /// <summary>Gets or sets whether SIP is enabled.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Gets or sets the dial-in PIN.</summary>
    [JsonPropertyName("pin")]
    public string? Pin { get; set; }

    /// <summary>Gets or sets the SIP meeting id.</summary>
    [JsonPropertyName("meeting_id")]
    public string? MeetingId { get; set; }
}
