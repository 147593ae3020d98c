using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The body of <c>POST /transcriptions/bulk-delete</c>.</summary>
public sealed class BulkDeleteTranscriptionsRequest
{
    /// <summary>Gets or sets the transcriptions to delete.</summary>
    [JsonPropertyName("transcriptionIds")]
    public IList<string> TranscriptionIds { get; set; } = [];
}
