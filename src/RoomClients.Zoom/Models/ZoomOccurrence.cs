using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>An occurrence of a recurring meeting.</summary>
public sealed class ZoomOccurrence
{
    /// <summary>Gets or sets the occurrence id (pass it as <c>occurrence_id</c>).</summary>
    [JsonPropertyName("occurrence_id")]
    public string? OccurrenceId { get; set; }

    /// <summary>Gets or sets the start.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets the duration in minutes.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Gets or sets the status, such as <c>available</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }
}
