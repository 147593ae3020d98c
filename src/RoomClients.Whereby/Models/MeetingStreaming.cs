using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>RTMP streaming settings of a meeting.</summary>
public sealed class MeetingStreaming
{
    /// <summary>Gets or sets the stream destination.</summary>
    [JsonPropertyName("destination")]
    public StreamingDestination Destination { get; set; } = new();

    /// <summary>Gets or sets <c>none</c>, <c>prompt</c> or <c>automatic</c>; <see langword="null"/> (the default) inherits the
    /// organization's preference and is sent as JSON null, as Whereby documents (the field is required, so it is never omitted).</summary>
    [JsonPropertyName("startTrigger")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? StartTrigger { get; set; }
}
