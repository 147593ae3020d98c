using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>Someone in a room now, as <c>GET /rooms/{name}/presence</c> and <c>GET /presence</c> list them (camelCase on the wire).</summary>
public sealed class PresenceParticipant
{
    /// <summary>Gets or sets <c>id</c>, the participant's session id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>room</c>, the room name.</summary>
    [JsonPropertyName("room")]
    public string? Room { get; set; }

    /// <summary>Gets or sets <c>userId</c> (from the meeting token).</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; set; }

    /// <summary>Gets or sets <c>userName</c>.</summary>
    [JsonPropertyName("userName")]
    public string? UserName { get; set; }

    /// <summary>Gets or sets <c>joinTime</c>.</summary>
    [JsonPropertyName("joinTime")]
    public DateTimeOffset? JoinTime { get; set; }

    /// <summary>Gets or sets <c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(DailyFlexibleInt64Converter))]
    public long? DurationSeconds { get; set; }
}
