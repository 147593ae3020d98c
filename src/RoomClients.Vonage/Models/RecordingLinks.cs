using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The links of a recording.</summary>
public sealed class RecordingLinks
{
    /// <summary>Gets or sets the download URL.</summary>
    [JsonPropertyName("url")]
    public VonageLink? Url { get; set; }
}
