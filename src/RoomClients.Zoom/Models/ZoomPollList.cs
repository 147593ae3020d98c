using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>GET /meetings/{meetingId}/polls</c> and <c>POST …/batch_polls</c>.</summary>
public sealed class ZoomPollList
{
    /// <summary>Gets or sets the number of polls.</summary>
    [JsonPropertyName("total_records")]
    public int? TotalRecords { get; set; }

    /// <summary>Gets or sets the polls.</summary>
    [JsonPropertyName("polls")]
    public IList<ZoomPoll>? Polls { get; set; }
}
