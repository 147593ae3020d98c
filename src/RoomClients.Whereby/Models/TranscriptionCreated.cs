using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The answer of <c>POST /transcriptions</c>.</summary>
public sealed class TranscriptionCreated
{
    /// <summary>Gets or sets the new transcription's id.</summary>
    [JsonPropertyName("transcriptionId")]
    public string TranscriptionId { get; set; } = string.Empty;
}
