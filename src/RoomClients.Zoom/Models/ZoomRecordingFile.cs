using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A cloud recording file.</summary>
public sealed class ZoomRecordingFile
{
    /// <summary>Gets or sets the file id (pass it to <see cref="IZoomApi.DeleteRecordingFileAsync"/>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the meeting instance UUID.</summary>
    [JsonPropertyName("meeting_id")]
    public string? MeetingId { get; set; }

    /// <summary>Gets or sets when the file starts.</summary>
    [JsonPropertyName("recording_start")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? RecordingStart { get; set; }

    /// <summary>Gets or sets when the file ends.</summary>
    [JsonPropertyName("recording_end")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? RecordingEnd { get; set; }

    /// <summary>Gets or sets the file type, such as <c>MP4</c>, <c>M4A</c> or <c>TIMELINE</c>.</summary>
    [JsonPropertyName("file_type")]
    public string? FileType { get; set; }

    /// <summary>Gets or sets the file extension.</summary>
    [JsonPropertyName("file_extension")]
    public string? FileExtension { get; set; }

    /// <summary>Gets or sets the size in bytes.</summary>
    [JsonPropertyName("file_size")]
    public long? FileSize { get; set; }

    /// <summary>Gets or sets the URL to play the file.</summary>
    [JsonPropertyName("play_url")]
    public Uri? PlayUrl { get; set; }

    /// <summary>Gets or sets the URL to download the file (needs an access token).</summary>
    [JsonPropertyName("download_url")]
    public Uri? DownloadUrl { get; set; }

    /// <summary>Gets or sets the status, such as <c>completed</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets what was recorded, such as <c>shared_screen_with_speaker_view</c>.</summary>
    [JsonPropertyName("recording_type")]
    public string? RecordingType { get; set; }

    /// <summary>Gets or sets when it was trashed, as Zoom wrote it.</summary>
    [JsonPropertyName("deleted_time")]
    public string? DeletedTime { get; set; }
}
