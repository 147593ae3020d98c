using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>A transcript (beta), as <c>GET /transcript</c> and <c>GET /transcript/{id}</c> return it (camelCase on the wire).</summary>
public sealed class Transcript
{
    /// <summary>Gets or sets <c>transcriptId</c>.</summary>
    [JsonPropertyName("transcriptId")]
    public string? TranscriptId { get; set; }

    /// <summary>Gets or sets <c>domainId</c>.</summary>
    [JsonPropertyName("domainId")]
    public string? DomainId { get; set; }

    /// <summary>Gets or sets <c>roomId</c>, the room's UUID (<see cref="DailyRoom.Id"/>, not its name).</summary>
    [JsonPropertyName("roomId")]
    public string? RoomId { get; set; }

    /// <summary>Gets or sets <c>mtgSessionId</c>.</summary>
    [JsonPropertyName("mtgSessionId")]
    public string? MeetingSessionId { get; set; }

    /// <summary>Gets or sets <c>status</c>: <c>t_in_progress</c>, <c>t_finished</c> or <c>t_error</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets <c>duration</c> in seconds.</summary>
    [JsonPropertyName("duration")]
    public double? DurationSeconds { get; set; }

    /// <summary>Gets or sets <c>outParams</c>, where the file is stored (bucket, key, region).</summary>
    [JsonPropertyName("outParams")]
    public JsonElement? OutParams { get; set; }

    /// <summary>Gets or sets <c>error</c>, when the transcript failed.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }
}
