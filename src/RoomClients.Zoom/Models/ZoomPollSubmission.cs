using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>One participant's poll answers.</summary>
public sealed class ZoomPollSubmission
{
    /// <summary>Gets or sets the participant's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the participant's email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the answers.</summary>
    [JsonPropertyName("question_details")]
    public IList<ZoomPollAnswer>? QuestionDetails { get; set; }
}
