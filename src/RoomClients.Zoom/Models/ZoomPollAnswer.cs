using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>An answer to a poll question.</summary>
public sealed class ZoomPollAnswer
{
    /// <summary>Gets or sets the question.</summary>
    [JsonPropertyName("question")]
    public string? Question { get; set; }

    /// <summary>Gets or sets the answer.</summary>
    [JsonPropertyName("answer")]
    public string? Answer { get; set; }

    /// <summary>Gets or sets the poll id.</summary>
    [JsonPropertyName("polling_id")]
    public string? PollingId { get; set; }

    /// <summary>Gets or sets when it was answered, as Zoom wrote it.</summary>
    [JsonPropertyName("date_time")]
    public string? DateTime { get; set; }
}
