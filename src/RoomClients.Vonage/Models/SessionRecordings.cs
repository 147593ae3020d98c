using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The answer of <c>GET /sessions/{id}/recordings</c>.</summary>
public sealed class SessionRecordings
{
    /// <summary>Gets or sets the embedded recordings.</summary>
    [JsonPropertyName("_embedded")]
    public SessionRecordingsEmbedded? Embedded { get; set; }
}
