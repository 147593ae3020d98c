using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A registrant's answer to a custom question.</summary>
public sealed class ZoomCustomQuestionAnswer
{
    /// <summary>Gets or sets the question.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>Gets or sets the answer.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }
}
