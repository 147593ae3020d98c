using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Live transcription settings of a meeting.</summary>
public sealed class MeetingLiveTranscription
{
    /// <summary>Gets or sets where transcriptions are stored.</summary>
    [JsonPropertyName("destination")]
    public RecordingDestination Destination { get; set; } = new();

    /// <summary>Gets or sets <c>none</c>, <c>manual</c>, <c>automatic</c> or <c>automatic-2nd-participant</c>.</summary>
    [JsonPropertyName("startTrigger")]
    public string StartTrigger { get; set; } = "manual";

    /// <summary>Gets or sets the language code (such as <c>en</c>); null uses the organization's setting.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>Gets or sets whether live captions are shown.</summary>
    [JsonPropertyName("liveCaptions")]
    public bool? LiveCaptions { get; set; }
}
