using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Recording settings of a meeting.</summary>
public sealed class MeetingRecording
{
    /// <summary>Gets or sets <c>none</c>, <c>local</c> or <c>cloud</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "cloud";

    /// <summary>Gets or sets where recordings go; <see langword="null"/> inherits the organization's setting (sent as JSON null).</summary>
    [JsonPropertyName("destination")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RecordingDestination? Destination { get; set; }

    /// <summary>Gets or sets <c>none</c>, <c>prompt</c>, <c>automatic</c> or <c>automatic-2nd-participant</c>; null uses the organization's setting.</summary>
    [JsonPropertyName("startTrigger")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? StartTrigger { get; set; }
}
