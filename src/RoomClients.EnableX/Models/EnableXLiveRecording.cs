using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>Live recording of a custom view (<c>settings.live_recording</c>).</summary>
public sealed class EnableXLiveRecording
{
    /// <summary>Gets or sets whether live recording starts automatically.</summary>
    [JsonPropertyName("auto_recording")]
    public bool? AutoRecording { get; set; }

    /// <summary>Gets or sets the URL of the custom view to record.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }
}
