using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>A recording, as <c>GET /recordings</c> and <c>GET /recordings/{id}</c> return it (wire names mix cases: <c>s3key</c>, <c>mtgSessionId</c>).</summary>
public sealed class Recording
{
    /// <summary>Gets or sets <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>room_name</c>.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; set; }

    /// <summary>Gets or sets <c>start_ts</c>.</summary>
    [JsonPropertyName("start_ts")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Gets or sets <c>status</c>: <c>finished</c>, <c>in-progress</c> or <c>canceled</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets <c>max_participants</c>.</summary>
    [JsonPropertyName("max_participants")]
    [JsonConverter(typeof(DailyFlexibleInt64Converter))]
    public long? MaxParticipants { get; set; }

    /// <summary>Gets or sets <c>duration</c> in seconds (absent while in progress).</summary>
    [JsonPropertyName("duration")]
    public double? DurationSeconds { get; set; }

    /// <summary>Gets or sets <c>share_token</c> (deprecated by Daily).</summary>
    [JsonPropertyName("share_token")]
    public string? ShareToken { get; set; }

    /// <summary>Gets or sets <c>s3key</c>, the file's key in the bucket.</summary>
    [JsonPropertyName("s3key")]
    public string? S3Key { get; set; }

    /// <summary>Gets or sets <c>mtgSessionId</c>, the meeting session recorded.</summary>
    [JsonPropertyName("mtgSessionId")]
    public string? MeetingSessionId { get; set; }

    /// <summary>Gets or sets <c>tracks</c> (raw-tracks recordings; may be null).</summary>
    [JsonPropertyName("tracks")]
    public IList<RecordingTrack>? Tracks { get; set; }
}
