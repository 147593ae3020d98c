using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A poll to create (<c>POST /meetings/{meetingId}/polls</c>) or replace (<c>PUT …/polls/{pollId}</c>).</summary>
public sealed class ZoomPollRequest
{
    /// <summary>Gets or sets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Gets or sets the questions.</summary>
    [JsonPropertyName("questions")]
    public IList<ZoomPollQuestion>? Questions { get; set; }
}
