using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>A Whereby meeting (a transient room), as <c>POST/GET /meetings</c> return it.</summary>
public sealed class Meeting
{
    /// <summary>Gets or sets the meeting id (opaque).</summary>
    [JsonPropertyName("meetingId")]
    public string MeetingId { get; set; } = string.Empty;

    /// <summary>Gets or sets the room name, such as <c>/prefix-uuid</c>.</summary>
    [JsonPropertyName("roomName")]
    public string? RoomName { get; set; }

    /// <summary>Gets or sets the URL for participants.</summary>
    [JsonPropertyName("roomUrl")]
    public Uri? RoomUrl { get; set; }

    /// <summary>Gets or sets when the meeting started (the time of creation), in UTC.</summary>
    [JsonPropertyName("startDate")]
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets the end date that marks the room for deactivation (one hour later), in UTC.</summary>
    [JsonPropertyName("endDate")]
    public DateTimeOffset EndDate { get; set; }

    /// <summary>Gets or sets the host URL (with <c>roomKey</c>), present when requested through <c>fields</c>.</summary>
    [JsonPropertyName("hostRoomUrl")]
    public Uri? HostRoomUrl { get; set; }

    /// <summary>Gets or sets the viewer URL, present when requested through <c>fields</c>.</summary>
    [JsonPropertyName("viewerRoomUrl")]
    public Uri? ViewerRoomUrl { get; set; }
}
