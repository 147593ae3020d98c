using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Usage of one session of a room (<c>GET /insights/room-sessions</c>).</summary>
public sealed class RoomSessionInsight
{
    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("roomSessionId")]
    public string? RoomSessionId { get; set; }

    /// <summary>Gets or sets the room name.</summary>
    [JsonPropertyName("roomName")]
    public string? RoomName { get; set; }

    /// <summary>Gets or sets when the session started.</summary>
    [JsonPropertyName("startedAt")]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Gets or sets when the session ended.</summary>
    [JsonPropertyName("endedAt")]
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Gets or sets participant minutes.</summary>
    [JsonPropertyName("totalParticipantMinutes")]
    public double? TotalParticipantMinutes { get; set; }

    /// <summary>Gets or sets recorder minutes.</summary>
    [JsonPropertyName("totalRecorderMinutes")]
    public double? TotalRecorderMinutes { get; set; }

    /// <summary>Gets or sets streamer minutes.</summary>
    [JsonPropertyName("totalStreamerMinutes")]
    public double? TotalStreamerMinutes { get; set; }

    /// <summary>Gets or sets unique participants.</summary>
    [JsonPropertyName("totalUniqueParticipants")]
    public int? TotalUniqueParticipants { get; set; }

    /// <summary>Gets or sets unique recorders.</summary>
    [JsonPropertyName("totalUniqueRecorders")]
    public int? TotalUniqueRecorders { get; set; }

    /// <summary>Gets or sets unique streamers.</summary>
    [JsonPropertyName("totalUniqueStreamers")]
    public int? TotalUniqueStreamers { get; set; }

    /// <summary>Gets or sets the average rating.</summary>
    [JsonPropertyName("rating")]
    public double? Rating { get; set; }

    /// <summary>Gets or sets the number of ratings.</summary>
    [JsonPropertyName("totalRatings")]
    public double? TotalRatings { get; set; }
}
