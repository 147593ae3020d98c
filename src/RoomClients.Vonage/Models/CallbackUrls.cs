using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>Per-room callback URLs (<c>callback_urls</c>) that override the application's; each must start with http(s)://.</summary>
public sealed class CallbackUrls
{
    /// <summary>Gets or sets the URL for room events (<c>room:expired</c>).</summary>
    [JsonPropertyName("rooms_callback_url")]
    public string? RoomsCallbackUrl { get; set; }

    /// <summary>Gets or sets the URL for session and participant events.</summary>
    [JsonPropertyName("sessions_callback_url")]
    public string? SessionsCallbackUrl { get; set; }

    /// <summary>Gets or sets the URL for recording events.</summary>
    [JsonPropertyName("recordings_callback_url")]
    public string? RecordingsCallbackUrl { get; set; }
}
