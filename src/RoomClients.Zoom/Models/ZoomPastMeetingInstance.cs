using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>An ended meeting instance.</summary>
public sealed class ZoomPastMeetingInstance
{
    /// <summary>Gets or sets the instance UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets when it started.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }
}
