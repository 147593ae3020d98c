using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The body of <c>POST /transcriptions</c>.</summary>
public sealed class CreateTranscriptionRequest
{
    /// <summary>Gets or sets the recording to transcribe.</summary>
    [JsonPropertyName("recordingId")]
    public required string RecordingId { get; set; }
}
