using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Usage of one room (<c>GET /insights/rooms</c>).</summary>
public sealed class RoomInsight
{
    /// <summary>Gets or sets the room name.</summary>
    [JsonPropertyName("roomName")]
    public string? RoomName { get; set; }

    /// <summary>Gets or sets when the room was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets when the room ends.</summary>
    [JsonPropertyName("endAt")]
    public DateTimeOffset? EndAt { get; set; }

    /// <summary>Gets or sets when the first session started.</summary>
    [JsonPropertyName("firstSessionStartedAt")]
    public DateTimeOffset? FirstSessionStartedAt { get; set; }

    /// <summary>Gets or sets when the last session started.</summary>
    [JsonPropertyName("lastSessionStartedAt")]
    public DateTimeOffset? LastSessionStartedAt { get; set; }

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

    /// <summary>Gets or sets the number of sessions.</summary>
    [JsonPropertyName("totalSessions")]
    public int? TotalSessions { get; set; }

    /// <summary>Gets or sets the average rating, when ratings are on.</summary>
    [JsonPropertyName("rating")]
    public double? Rating { get; set; }

    /// <summary>Gets or sets the number of ratings.</summary>
    [JsonPropertyName("totalRatings")]
    public double? TotalRatings { get; set; }
}
