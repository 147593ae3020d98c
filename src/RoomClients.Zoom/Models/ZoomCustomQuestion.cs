using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A custom registration question.</summary>
public sealed class ZoomCustomQuestion
{
    /// <summary>Gets or sets the question.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; set; }

    /// <summary>Gets or sets <c>short</c> (free text) or <c>single</c> (one of <see cref="Answers"/>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets whether an answer is required.</summary>
    [JsonPropertyName("required")]
    public bool? Required { get; set; }

    /// <summary>Gets or sets the answers to choose from.</summary>
    [JsonPropertyName("answers")]
    public IList<string>? Answers { get; set; }
}
