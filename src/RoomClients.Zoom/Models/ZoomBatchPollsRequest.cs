using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The body of <c>POST /meetings/{meetingId}/batch_polls</c> (as Zoom's example: a <c>polls</c> array).</summary>
public sealed class ZoomBatchPollsRequest
{
    /// <summary>Gets or sets the polls to create.</summary>
    [JsonPropertyName("polls")]
    public required IList<ZoomPollRequest> Polls { get; set; } = [];
}
