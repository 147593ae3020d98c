using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The links of a room: guest and host URLs.</summary>
public sealed class RoomLinks
{
    /// <summary>Gets or sets the guest URL.</summary>
    [JsonPropertyName("guest_url")]
    public VonageLink? GuestUrl { get; set; }

    /// <summary>Gets or sets the host URL (carries a participant token).</summary>
    [JsonPropertyName("host_url")]
    public VonageLink? HostUrl { get; set; }
}
