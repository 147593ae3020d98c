using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The changes of <c>PATCH /rooms/{id}</c> (inside <c>update_details</c>); at least one is required.</summary>
public sealed class RoomUpdateDetails
{
    /// <summary>Gets or sets the new expiry (long-term rooms).</summary>
    [JsonConverter(typeof(VonageTimestampConverter))]
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Gets or sets whether the room closes after its first session.</summary>
    [JsonPropertyName("expire_after_use")]
    public bool? ExpireAfterUse { get; set; }

    /// <summary>Gets or sets the theme id.</summary>
    [JsonPropertyName("theme_id")]
    public string? ThemeId { get; set; }

    /// <summary>Gets or sets who may enter.</summary>
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
}
