using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>Per-role recording (<c>settings.role_based_recording</c>): <c>audio</c> or <c>audiovideo</c> (default).</summary>
public sealed class EnableXRoleBasedRecording
{
    /// <summary>Gets or sets what is recorded of moderators.</summary>
    [JsonPropertyName("moderator")]
    public string? Moderator { get; set; }

    /// <summary>Gets or sets what is recorded of participants.</summary>
    [JsonPropertyName("participant")]
    public string? Participant { get; set; }
}
