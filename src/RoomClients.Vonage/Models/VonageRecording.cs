using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>A recording of a session.</summary>
public sealed class VonageRecording
{
    /// <summary>Gets or sets the recording id (UUID).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the Vonage Video session id.</summary>
    [JsonPropertyName("session_id")]
    public string? SessionId { get; set; }

    /// <summary>Gets or sets when recording started.</summary>
    [JsonConverter(typeof(VonageTimestampConverter))]
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Gets or sets when recording ended.</summary>
    [JsonConverter(typeof(VonageTimestampConverter))]
    [JsonPropertyName("ended_at")]
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Gets or sets the status: <c>started</c>, <c>stopped</c>, <c>paused</c> or <c>uploaded</c> (only uploaded recordings can be deleted).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the download link.</summary>
    [JsonPropertyName("_links")]
    public RecordingLinks? Links { get; set; }
}
