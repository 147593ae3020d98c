using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The <c>sip</c> object of a room: enable SIP dial-in; EnableX answers with the PIN and meeting id.</summary>
public sealed class EnableXSip
{
    /// <summary>Gets or sets whether SIP is enabled.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Gets or sets the dial-in PIN (response only).</summary>
    [JsonPropertyName("pin")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Pin { get; set; }

    /// <summary>Gets or sets the SIP meeting id (response only).</summary>
    [JsonPropertyName("meeting_id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MeetingId { get; set; }
}
