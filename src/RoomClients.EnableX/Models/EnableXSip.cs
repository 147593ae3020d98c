using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The <c>sip</c> object of a create or update request: enables SIP dial-in. The answer's <c>sip</c> (with the PIN and
/// meeting id EnableX assigns) is <see cref="EnableXRoomSip"/>.</summary>
public sealed class EnableXSip
{
    /// <summary>Gets or sets whether SIP is enabled.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }
}
