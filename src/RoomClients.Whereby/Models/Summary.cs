using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>A summary of a transcription (beta).</summary>
public sealed class Summary
{
    /// <summary>Gets or sets the summary id.</summary>
    [JsonPropertyName("summaryId")]
    public string SummaryId { get; set; } = string.Empty;

    /// <summary>Gets or sets the transcription id.</summary>
    [JsonPropertyName("transcriptionId")]
    public string? TranscriptionId { get; set; }

    /// <summary>Gets or sets the summary content (an object whose shape depends on the template).</summary>
    [JsonPropertyName("summary")]
    public JsonElement? Content { get; set; }

    /// <summary>Gets or sets the room session.</summary>
    [JsonPropertyName("roomSessionId")]
    public string? RoomSessionId { get; set; }

    /// <summary>Gets or sets the room name.</summary>
    [JsonPropertyName("roomName")]
    public string? RoomName { get; set; }

    /// <summary>Gets or sets the start.</summary>
    [JsonPropertyName("startDate")]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets the end.</summary>
    [JsonPropertyName("endDate")]
    public DateTimeOffset? EndDate { get; set; }

    /// <summary>Gets or sets the state, such as <c>completed</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Gets or sets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets when it was last changed.</summary>
    [JsonPropertyName("modifiedAt")]
    public DateTimeOffset? ModifiedAt { get; set; }

    /// <summary>Gets or sets the template used.</summary>
    [JsonPropertyName("template")]
    public string? Template { get; set; }
}
