using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>A meeting (one session in a room), as <c>GET /meetings</c> and <c>GET /meetings/{meeting}</c> return it.</summary>
public sealed class MeetingSession
{
    /// <summary>Gets or sets <c>id</c>, the session's UUID (the <c>mtgSessionId</c> of recordings and transcripts).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>room</c>, the room name.</summary>
    [JsonPropertyName("room")]
    public string? Room { get; set; }

    /// <summary>Gets or sets <c>start_time</c>.</summary>
    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>Gets or sets <c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    public double? DurationSeconds { get; set; }

    /// <summary>Gets or sets <c>ongoing</c>.</summary>
    [JsonPropertyName("ongoing")]
    public bool? Ongoing { get; set; }

    /// <summary>Gets or sets <c>max_participants</c>, the most present at once.</summary>
    [JsonPropertyName("max_participants")]
    [JsonConverter(typeof(DailyFlexibleInt64Converter))]
    public long? MaxParticipants { get; set; }

    /// <summary>Gets or sets <c>participants</c> (in <c>GET /meetings</c> unless <c>no_participants</c>).</summary>
    [JsonPropertyName("participants")]
    public IList<MeetingParticipant>? Participants { get; set; }
}
