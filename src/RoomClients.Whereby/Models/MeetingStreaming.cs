using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>RTMP streaming settings of a meeting.</summary>
public sealed class MeetingStreaming
{
    /// <summary>Gets or sets the stream destination.</summary>
    [JsonPropertyName("destination")]
    public StreamingDestination Destination { get; set; } = new();

    /// <summary>Gets or sets <c>none</c>, <c>prompt</c> or <c>automatic</c>.</summary>
    [JsonPropertyName("startTrigger")]
    public string StartTrigger { get; set; } = "prompt";
}
