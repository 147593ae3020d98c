using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>A transcription's metadata.</summary>
public sealed class Transcription
{
    /// <summary>Gets or sets the transcription id.</summary>
    [JsonPropertyName("transcriptionId")]
    public string TranscriptionId { get; set; } = string.Empty;

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

    /// <summary>Gets or sets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets <c>ready</c>, <c>failed</c> or <c>in_progress</c>.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Gets or sets <c>LIVE_TRANSCRIPTION</c> or <c>RECORDING_TRANSCRIPTION</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the file name.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    /// <summary>Gets or sets the billable duration in seconds.</summary>
    [JsonPropertyName("durationInSeconds")]
    public double? DurationInSeconds { get; set; }

    /// <summary>Gets or sets <c>WHEREBY_HOSTED</c> or <c>SELF_HOSTED</c>.</summary>
    [JsonPropertyName("storageType")]
    public string? StorageType { get; set; }
}
