using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A meeting's live stream (<c>GET</c> and <c>PATCH /meetings/{meetingId}/livestream</c>).</summary>
public sealed class ZoomLiveStreamSettings
{
    /// <summary>Gets or sets the streaming URL.</summary>
    [JsonPropertyName("stream_url")]
    public string? StreamUrl { get; set; }

    /// <summary>Gets or sets the stream key.</summary>
    [JsonPropertyName("stream_key")]
    public string? StreamKey { get; set; }

    /// <summary>Gets or sets the page viewers watch the stream on.</summary>
    [JsonPropertyName("page_url")]
    public string? PageUrl { get; set; }
}
