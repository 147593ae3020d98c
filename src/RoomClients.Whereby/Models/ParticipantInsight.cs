using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>One participant of a session (<c>GET /insights/participants</c>).</summary>
public sealed class ParticipantInsight
{
    /// <summary>Gets or sets the session id.</summary>
    [JsonPropertyName("roomSessionId")]
    public string? RoomSessionId { get; set; }

    /// <summary>Gets or sets the participant id.</summary>
    [JsonPropertyName("participantId")]
    public string? ParticipantId { get; set; }

    /// <summary>Gets or sets the device id.</summary>
    [JsonPropertyName("deviceId")]
    public string? DeviceId { get; set; }

    /// <summary>Gets or sets the user id.</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; set; }

    /// <summary>Gets or sets the role, such as <c>host</c> or <c>visitor</c>.</summary>
    [JsonPropertyName("roleName")]
    public string? RoleName { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets when the participant joined.</summary>
    [JsonPropertyName("joinedAt")]
    public DateTimeOffset? JoinedAt { get; set; }

    /// <summary>Gets or sets when the participant left.</summary>
    [JsonPropertyName("leftAt")]
    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>Gets or sets the external id passed in the room URL.</summary>
    [JsonPropertyName("externalId")]
    public string? ExternalId { get; set; }

    /// <summary>Gets or sets the rating.</summary>
    [JsonPropertyName("rating")]
    public double? Rating { get; set; }

    /// <summary>Gets or sets the rating tags.</summary>
    [JsonPropertyName("tags")]
    public IList<string>? Tags { get; set; }

    /// <summary>Gets or sets the rating comment.</summary>
    [JsonPropertyName("comment")]
    public string? Comment { get; set; }
}
