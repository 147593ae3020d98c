using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The body of <c>POST /rooms</c>: an instant room, or a long-term room with <c>expires_at</c>.</summary>
public sealed class CreateVonageRoomRequest
{
    /// <summary>Gets or sets the display name (required, at most 200 characters).</summary>
    [JsonPropertyName("display_name")]
    public required string DisplayName { get; set; }

    /// <summary>Gets or sets free-text metadata (at most 500 characters).</summary>
    [JsonPropertyName("metadata")]
    public string? Metadata { get; set; }

    /// <summary>Gets or sets the type: <c>instant</c> (default) or <c>long_term</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the expiry (required for long-term rooms; more than 10 minutes ahead).</summary>
    [JsonConverter(typeof(VonageTimestampConverter))]
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Gets or sets whether a long-term room closes after its first session.</summary>
    [JsonPropertyName("expire_after_use")]
    public bool? ExpireAfterUse { get; set; }

    /// <summary>Gets or sets the recording settings.</summary>
    [JsonPropertyName("recording_options")]
    public RecordingOptions? RecordingOptions { get; set; }

    /// <summary>Gets or sets the theme id.</summary>
    [JsonPropertyName("theme_id")]
    public string? ThemeId { get; set; }

    /// <summary>Gets or sets who may enter: <c>none</c>, <c>after_owner_only</c> or <c>explicit_approval</c>.</summary>
    [JsonPropertyName("join_approval_level")]
    public VonageJoinApprovalLevel? JoinApprovalLevel { get; set; }

    /// <summary>Gets or sets the pre-join defaults.</summary>
    [JsonPropertyName("initial_join_options")]
    public InitialJoinOptions? InitialJoinOptions { get; set; }

    /// <summary>Gets or sets the room's callback URLs.</summary>
    [JsonPropertyName("callback_urls")]
    public CallbackUrls? CallbackUrls { get; set; }

    /// <summary>Gets or sets the room's features.</summary>
    [JsonPropertyName("available_features")]
    public AvailableFeatures? AvailableFeatures { get; set; }

    /// <summary>Gets or sets the UI settings.</summary>
    [JsonPropertyName("ui_settings")]
    public UiSettings? UiSettings { get; set; }
}
