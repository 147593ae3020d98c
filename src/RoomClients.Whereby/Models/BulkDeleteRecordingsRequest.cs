using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The body of <c>POST /recordings/bulk-delete</c>.</summary>
public sealed class BulkDeleteRecordingsRequest
{
    /// <summary>Gets or sets the recordings to delete.</summary>
    [JsonPropertyName("recordingIds")]
    public IList<string> RecordingIds { get; set; } = [];
}
