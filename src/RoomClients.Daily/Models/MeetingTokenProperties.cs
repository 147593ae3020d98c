using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>
/// A meeting token's <c>properties</c>: what <c>POST /meeting-tokens</c> signs and <c>GET /meeting-tokens/{token}</c>
/// returns. Always set <see cref="RoomName"/> (without it the token is valid for every room of the domain) and
/// <see cref="Expires"/>. Properties without a typed member go in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class MeetingTokenProperties
{
    /// <summary>Gets or sets <c>room_name</c>: the only room the token is valid for.</summary>
    [JsonPropertyName("room_name")]
    public string? RoomName { get; set; }

    /// <summary>Gets or sets <c>exp</c>: the token is refused after this time.</summary>
    [JsonPropertyName("exp")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? Expires { get; set; }

    /// <summary>Gets or sets <c>nbf</c>: the token is refused before this time.</summary>
    [JsonPropertyName("nbf")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>Gets or sets <c>is_owner</c>: owner privileges (admit knockers, eject, record).</summary>
    [JsonPropertyName("is_owner")]
    public bool? IsOwner { get; set; }

    /// <summary>Gets or sets <c>user_name</c>, shown to the others.</summary>
    [JsonPropertyName("user_name")]
    public string? UserName { get; set; }

    /// <summary>Gets or sets <c>user_id</c> (at most 36 characters), reported in presence and webhooks.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; set; }

    /// <summary>Gets or sets <c>eject_at_token_exp</c> (overrides the room's <c>eject_*</c>).</summary>
    [JsonPropertyName("eject_at_token_exp")]
    public bool? EjectAtTokenExpiry { get; set; }

    /// <summary>Gets or sets <c>eject_after_elapsed</c> in seconds (overrides the room's).</summary>
    [JsonPropertyName("eject_after_elapsed")]
    public int? EjectAfterElapsedSeconds { get; set; }

    /// <summary>Gets or sets <c>enable_recording</c>: <c>cloud</c>, <c>local</c> or <c>raw-tracks</c>.</summary>
    [JsonPropertyName("enable_recording")]
    public string? EnableRecording { get; set; }

    /// <summary>Gets or sets <c>start_cloud_recording</c>: start a cloud recording when this participant joins (needs <c>enable_recording: cloud</c> on the room or token).</summary>
    [JsonPropertyName("start_cloud_recording")]
    public bool? StartCloudRecording { get; set; }

    /// <summary>Gets or sets <c>start_cloud_recording_opts</c> (the options of daily-js <c>startRecording()</c>).</summary>
    [JsonPropertyName("start_cloud_recording_opts")]
    public JsonElement? StartCloudRecordingOptions { get; set; }

    /// <summary>Gets or sets <c>auto_start_transcription</c>.</summary>
    [JsonPropertyName("auto_start_transcription")]
    public bool? AutoStartTranscription { get; set; }

    /// <summary>Gets or sets <c>knocking</c>: make this participant knock even with a token.</summary>
    [JsonPropertyName("knocking")]
    public bool? Knocking { get; set; }

    /// <summary>Gets or sets <c>enable_screenshare</c>.</summary>
    [JsonPropertyName("enable_screenshare")]
    public bool? EnableScreenshare { get; set; }

    /// <summary>Gets or sets <c>start_video_off</c>.</summary>
    [JsonPropertyName("start_video_off")]
    public bool? StartVideoOff { get; set; }

    /// <summary>Gets or sets <c>start_audio_off</c>.</summary>
    [JsonPropertyName("start_audio_off")]
    public bool? StartAudioOff { get; set; }

    /// <summary>Gets or sets <c>enable_recording_ui</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_recording_ui")]
    public bool? EnableRecordingUi { get; set; }

    /// <summary>Gets or sets <c>enable_prejoin_ui</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_prejoin_ui")]
    public bool? EnablePrejoinUi { get; set; }

    /// <summary>Gets or sets <c>close_tab_on_exit</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("close_tab_on_exit")]
    public bool? CloseTabOnExit { get; set; }

    /// <summary>Gets or sets <c>redirect_on_meeting_exit</c>, a URL (Daily Prebuilt).</summary>
    [JsonPropertyName("redirect_on_meeting_exit")]
    public string? RedirectOnMeetingExit { get; set; }

    /// <summary>Gets or sets <c>lang</c>, the Daily Prebuilt UI language.</summary>
    [JsonPropertyName("lang")]
    public string? Language { get; set; }

    /// <summary>Gets or sets <c>permissions</c> (<c>hasPresence</c>, <c>canSend</c>, <c>canReceive</c>, <c>canAdmin</c>).</summary>
    [JsonPropertyName("permissions")]
    public JsonElement? Permissions { get; set; }

    /// <summary>Gets or sets properties without a typed member, by Daily's wire name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
