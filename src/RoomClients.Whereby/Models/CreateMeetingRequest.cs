using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The body of <c>POST /meetings</c>.</summary>
public sealed class CreateMeetingRequest
{
    /// <summary>Gets or sets when the room is marked for deactivation; required, now or later.</summary>
    [JsonPropertyName("endDate")]
    public required DateTimeOffset EndDate { get; set; }

    /// <summary>Gets or sets the initial lock state: when true only hosts admit people.</summary>
    [JsonPropertyName("isLocked")]
    public bool? IsLocked { get; set; }

    /// <summary>Gets or sets <c>normal</c> (up to 4, the default) or <c>group</c> (up to 200); see <see cref="WherebyRoomMode"/>.</summary>
    [JsonPropertyName("roomMode")]
    public string? RoomMode { get; set; }

    /// <summary>Gets or sets the room-name prefix (lowercase, at most 39 characters).</summary>
    [JsonPropertyName("roomNamePrefix")]
    public string? RoomNamePrefix { get; set; }

    /// <summary>Gets or sets <c>uuid</c> (default) or <c>human-short</c>.</summary>
    [JsonPropertyName("roomNamePattern")]
    public string? RoomNamePattern { get; set; }

    /// <summary>Gets or sets the template type; <c>viewerMode</c> is the only one.</summary>
    [JsonPropertyName("templateType")]
    public string? TemplateType { get; set; }

    /// <summary>Gets or sets extra fields to return: <c>hostRoomUrl</c>, <c>viewerRoomUrl</c>.</summary>
    [JsonPropertyName("fields")]
    public IList<string>? Fields { get; set; }

    /// <summary>Gets or sets how the meeting is recorded.</summary>
    [JsonPropertyName("recording")]
    public MeetingRecording? Recording { get; set; }

    /// <summary>Gets or sets live transcription.</summary>
    [JsonPropertyName("liveTranscription")]
    public MeetingLiveTranscription? LiveTranscription { get; set; }

    /// <summary>Gets or sets RTMP streaming.</summary>
    [JsonPropertyName("streaming")]
    public MeetingStreaming? Streaming { get; set; }
}
