using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>One track of a raw-tracks recording.</summary>
public sealed class RecordingTrack
{
    /// <summary>Gets or sets <c>size</c> in bytes.</summary>
    [JsonPropertyName("size")]
    [JsonConverter(typeof(DailyFlexibleInt64Converter))]
    public long? Size { get; set; }

    /// <summary>Gets or sets <c>type</c>: <c>audio</c> or <c>video</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets <c>s3Key</c>.</summary>
    [JsonPropertyName("s3Key")]
    public string? S3Key { get; set; }
}
