using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A meeting poll.</summary>
public sealed class ZoomPoll
{
    /// <summary>Gets or sets the poll id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>notstart</c>, <c>started</c>, <c>ended</c> or <c>sharing</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Gets or sets the questions.</summary>
    [JsonPropertyName("questions")]
    public IList<ZoomPollQuestion>? Questions { get; set; }
}
