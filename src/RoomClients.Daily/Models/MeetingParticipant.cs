using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>A participant of a past or ongoing meeting.</summary>
public sealed class MeetingParticipant
{
    /// <summary>Gets or sets <c>user_id</c> (from the meeting token; may be null).</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Gets or sets <c>participant_id</c> (the cursor of <c>joined_after</c>).</summary>
    [JsonPropertyName("participant_id")]
    public string? ParticipantId { get; set; }

    /// <summary>Gets or sets <c>user_name</c> (may be null).</summary>
    [JsonPropertyName("user_name")]
    public string? UserName { get; set; }

    /// <summary>Gets or sets <c>join_time</c>.</summary>
    [JsonPropertyName("join_time")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? JoinTime { get; set; }

    /// <summary>Gets or sets <c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    public double? DurationSeconds { get; set; }
}
