using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>A Meetings room as the API returns it.</summary>
public sealed class VonageRoom
{
    /// <summary>Gets or sets the room id (UUID).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the free-text metadata (at most 500 characters).</summary>
    [JsonPropertyName("metadata")]
    public string? Metadata { get; set; }

    /// <summary>Gets or sets the type: <c>instant</c> or <c>long_term</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets the meeting code (PIN), at least 9 digits.</summary>
    [JsonPropertyName("meeting_code")]
    public string? MeetingCode { get; set; }

    /// <summary>Gets or sets whether new sessions can still start.</summary>
    [JsonPropertyName("is_available")]
    public bool? IsAvailable { get; set; }

    /// <summary>Gets or sets the theme id.</summary>
    [JsonPropertyName("theme_id")]
    public string? ThemeId { get; set; }

    /// <summary>Gets or sets the creation time.</summary>
    [JsonConverter(typeof(VonageTimestampConverter))]
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets the expiry time.</summary>
    [JsonConverter(typeof(VonageTimestampConverter))]
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Gets or sets whether the room closes after its first session (long-term rooms).</summary>
    [JsonPropertyName("expire_after_use")]
    public bool? ExpireAfterUse { get; set; }

    /// <summary>Gets or sets the recording settings.</summary>
    [JsonPropertyName("recording_options")]
    public RecordingOptions? RecordingOptions { get; set; }

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

    /// <summary>Gets or sets the guest and host links.</summary>
    [JsonPropertyName("_links")]
    public RoomLinks? Links { get; set; }
}
