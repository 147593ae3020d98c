using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The <c>settings</c> object of an EnableX room: every documented key, typed. Keys left <see langword="null"/> are not sent.</summary>
public sealed class EnableXRoomSettings
{
    /// <summary>Gets or sets the room description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the mode: <c>group</c> (default) or <c>lecture</c>. Cannot be changed later.</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    /// <summary>Gets or sets whether the room is scheduled (<see langword="true"/>) or permanent/ad-hoc. Cannot be changed later.</summary>
    [JsonPropertyName("scheduled")]
    public bool? Scheduled { get; set; }

    /// <summary>Gets or sets whether the room is ad-hoc (one session). Cannot be changed later.</summary>
    [JsonPropertyName("adhoc")]
    public bool? Adhoc { get; set; }

    /// <summary>Gets or sets the start of a scheduled room, <c>YYYY-MM-DD HH:MM:SS</c> in GMT (see <see cref="EnableXTime"/>).</summary>
    [JsonPropertyName("scheduled_time")]
    public string? ScheduledTime { get; set; }

    /// <summary>Gets or sets the duration in minutes (scheduled rooms; ad-hoc rooms stay usable this long after first use).</summary>
    [JsonPropertyName("duration")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Duration { get; set; }

    /// <summary>Gets or sets the number of moderators (1–5); sent as a string, as in EnableX's examples.</summary>
    [JsonPropertyName("moderators")]
    [JsonConverter(typeof(StringInt32Converter))]
    public int? Moderators { get; set; }

    /// <summary>Gets or sets the number of participants, moderators excluded; sent as a string, as in EnableX's examples.</summary>
    [JsonPropertyName("participants")]
    [JsonConverter(typeof(StringInt32Converter))]
    public int? Participants { get; set; }

    /// <summary>Gets or sets automatic recording (starts when anyone publishes).</summary>
    [JsonPropertyName("auto_recording")]
    public bool? AutoRecording { get; set; }

    /// <summary>Gets or sets the video quality: <c>HD</c>, <c>SD</c> or <c>LD</c>.</summary>
    [JsonPropertyName("quality")]
    public string? Quality { get; set; }

    /// <summary>Gets or sets canvas streaming.</summary>
    [JsonPropertyName("canvas")]
    public bool? Canvas { get; set; }

    /// <summary>Gets or sets screen sharing (default true).</summary>
    [JsonPropertyName("screen_share")]
    public bool? ScreenShare { get; set; }

    /// <summary>Gets or sets automatic bandwidth detection (<c>abwd</c>, default true).</summary>
    [JsonPropertyName("abwd")]
    public bool? AutoBandwidthDetection { get; set; }

    /// <summary>Gets or sets the number of active talkers, 1–16 (default 6).</summary>
    [JsonPropertyName("max_active_talkers")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? MaxActiveTalkers { get; set; }

    /// <summary>Gets or sets knock: a moderator admits each participant.</summary>
    [JsonPropertyName("knock")]
    public bool? Knock { get; set; }

    /// <summary>Gets or sets whether participants wait for the first moderator.</summary>
    [JsonPropertyName("wait_for_moderator")]
    public bool? WaitForModerator { get; set; }

    /// <summary>Gets or sets your own billing reference.</summary>
    [JsonPropertyName("billing_code")]
    public string? BillingCode { get; set; }

    /// <summary>Gets or sets face analysis (<c>facex</c>).</summary>
    [JsonPropertyName("facex")]
    public bool? FaceX { get; set; }

    /// <summary>Gets or sets single-file recording (two users, live-transcoded).</summary>
    [JsonPropertyName("single_file_recording")]
    public bool? SingleFileRecording { get; set; }

    /// <summary>Gets or sets what is recorded per role.</summary>
    [JsonPropertyName("role_based_recording")]
    public EnableXRoleBasedRecording? RoleBasedRecording { get; set; }

    /// <summary>Gets or sets live recording of a custom view.</summary>
    [JsonPropertyName("live_recording")]
    public EnableXLiveRecording? LiveRecording { get; set; }

    /// <summary>Gets or sets the media zone: <c>IN</c>, <c>SG</c>, <c>US</c> or <c>XX</c> (automatic).</summary>
    [JsonPropertyName("media_zone")]
    public string? MediaZone { get; set; }

    /// <summary>Gets or sets watermarking of recordings.</summary>
    [JsonPropertyName("watermark")]
    public bool? Watermark { get; set; }

    /// <summary>Gets or sets keys this SDK does not know; they are sent and read back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
