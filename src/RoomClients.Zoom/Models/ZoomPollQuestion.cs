using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A poll question.</summary>
public sealed class ZoomPollQuestion
{
    /// <summary>Gets or sets the question.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>Gets or sets <c>single</c> or <c>multiple</c> choice.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the possible answers.</summary>
    [JsonPropertyName("answers")]
    public IList<string>? Answers { get; set; }
}
