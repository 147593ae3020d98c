using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>A cloud recording's metadata.</summary>
public sealed class Recording
{
    /// <summary>Gets or sets the recording id.</summary>
    [JsonPropertyName("recordingId")]
    public string RecordingId { get; set; } = string.Empty;

    /// <summary>Gets or sets the room session the recording belongs to.</summary>
    [JsonPropertyName("roomSessionId")]
    public string? RoomSessionId { get; set; }

    /// <summary>Gets or sets the room name.</summary>
    [JsonPropertyName("roomName")]
    public string? RoomName { get; set; }

    /// <summary>Gets or sets the file name.</summary>
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    /// <summary>Gets or sets when the recording started.</summary>
    [JsonPropertyName("startDate")]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets when the recording ended.</summary>
    [JsonPropertyName("endDate")]
    public DateTimeOffset? EndDate { get; set; }

    /// <summary>Gets or sets the file size in megabytes.</summary>
    [JsonPropertyName("sizeInMegaBytes")]
    public double? SizeInMegaBytes { get; set; }
}
