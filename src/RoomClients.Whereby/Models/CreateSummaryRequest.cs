using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The body of <c>POST /summaries</c> (beta).</summary>
public sealed class CreateSummaryRequest
{
    /// <summary>Gets or sets the transcription to summarise.</summary>
    [JsonPropertyName("transcriptionId")]
    public required string TranscriptionId { get; set; }

    /// <summary>Gets or sets the template: <c>SOAP</c>, <c>Extended SOAP</c>, <c>General Narrative</c>, <c>General Bulleted</c>, <c>Educational Lecture</c>, <c>Educational Tutoring</c>.</summary>
    [JsonPropertyName("template")]
    public string? Template { get; set; }
}
