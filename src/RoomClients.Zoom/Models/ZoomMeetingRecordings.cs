using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The cloud recordings of one meeting instance (<c>GET /meetings/{meetingId}/recordings</c>).</summary>
public sealed class ZoomMeetingRecordings
{
    /// <summary>Gets or sets the instance UUID.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets the meeting ID.</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the account id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    /// <summary>Gets or sets the host's user id.</summary>
    [JsonPropertyName("host_id")]
    public string? HostId { get; set; }

    /// <summary>Gets or sets the topic.</summary>
    [JsonPropertyName("topic")]
    public string? Topic { get; set; }

    /// <summary>Gets or sets the meeting type.</summary>
    [JsonPropertyName("type")]
    public int? Type { get; set; }

    /// <summary>Gets or sets when it started.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets the duration in minutes.</summary>
    [JsonPropertyName("duration")]
    public int? Duration { get; set; }

    /// <summary>Gets or sets the size of all files in bytes.</summary>
    [JsonPropertyName("total_size")]
    public long? TotalSize { get; set; }

    /// <summary>Gets or sets the number of files.</summary>
    [JsonPropertyName("recording_count")]
    public int? RecordingCount { get; set; }

    /// <summary>Gets or sets the page to share the recording with.</summary>
    [JsonPropertyName("share_url")]
    public Uri? ShareUrl { get; set; }

    /// <summary>Gets or sets the recording passcode.</summary>
    [JsonPropertyName("password")]
    public string? Password { get; set; }

    /// <summary>Gets or sets the play passcode.</summary>
    [JsonPropertyName("recording_play_passcode")]
    public string? RecordingPlayPasscode { get; set; }

    /// <summary>Gets or sets a token for downloading the files (with <c>include_fields=download_access_token</c>); a secret: do not log it.</summary>
    [JsonPropertyName("download_access_token")]
    public string? DownloadAccessToken { get; set; }

    /// <summary>Gets or sets whether the recording is deleted automatically.</summary>
    [JsonPropertyName("auto_delete")]
    public bool? AutoDelete { get; set; }

    /// <summary>Gets or sets when it is deleted automatically, as Zoom wrote it.</summary>
    [JsonPropertyName("auto_delete_date")]
    public string? AutoDeleteDate { get; set; }

    /// <summary>Gets or sets the files.</summary>
    [JsonPropertyName("recording_files")]
    public IList<ZoomRecordingFile>? RecordingFiles { get; set; }

    /// <summary>Gets or sets the per-participant audio files.</summary>
    [JsonPropertyName("participant_audio_files")]
    public IList<ZoomRecordingFile>? ParticipantAudioFiles { get; set; }
}
