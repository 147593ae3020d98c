using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>
/// A room's <c>properties</c> as sent to <c>POST /rooms</c> and <c>POST /rooms/{name}</c>, and its <c>config</c> as Daily
/// returns it (only the properties that differ from the defaults). Unset properties are not sent. Properties without a
/// typed member here go in <see cref="AdditionalProperties"/> with Daily's wire names.
/// </summary>
public sealed class DailyRoomProperties
{
    /// <summary>Gets or sets <c>nbf</c>: nobody can join before this time (unix seconds on the wire).</summary>
    [JsonPropertyName("nbf")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>Gets or sets <c>exp</c>: nobody can join after this time; participants already in stay unless <see cref="EjectAtRoomExpiry"/>. An expired room acts as deleted.</summary>
    [JsonPropertyName("exp")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? Expires { get; set; }

    /// <summary>Gets or sets <c>max_participants</c> (Daily's default 200).</summary>
    [JsonPropertyName("max_participants")]
    public int? MaxParticipants { get; set; }

    /// <summary>Gets or sets <c>enable_knocking</c>: in a private room, people without a token knock and an owner admits them.</summary>
    [JsonPropertyName("enable_knocking")]
    public bool? EnableKnocking { get; set; }

    /// <summary>Gets or sets <c>enable_screenshare</c> (default true).</summary>
    [JsonPropertyName("enable_screenshare")]
    public bool? EnableScreenshare { get; set; }

    /// <summary>Gets or sets <c>enable_chat</c> (default false).</summary>
    [JsonPropertyName("enable_chat")]
    public bool? EnableChat { get; set; }

    /// <summary>Gets or sets <c>enable_prejoin_ui</c> (Daily Prebuilt's camera and mic check before joining).</summary>
    [JsonPropertyName("enable_prejoin_ui")]
    public bool? EnablePrejoinUi { get; set; }

    /// <summary>Gets or sets <c>enable_people_ui</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_people_ui")]
    public bool? EnablePeopleUi { get; set; }

    /// <summary>Gets or sets <c>enable_pip_ui</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_pip_ui")]
    public bool? EnablePipUi { get; set; }

    /// <summary>Gets or sets <c>enable_emoji_reactions</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_emoji_reactions")]
    public bool? EnableEmojiReactions { get; set; }

    /// <summary>Gets or sets <c>enable_hand_raising</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_hand_raising")]
    public bool? EnableHandRaising { get; set; }

    /// <summary>Gets or sets <c>enable_live_captions_ui</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_live_captions_ui")]
    public bool? EnableLiveCaptionsUi { get; set; }

    /// <summary>Gets or sets <c>enable_network_ui</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_network_ui")]
    public bool? EnableNetworkUi { get; set; }

    /// <summary>Gets or sets <c>enable_noise_cancellation_ui</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_noise_cancellation_ui")]
    public bool? EnableNoiseCancellationUi { get; set; }

    /// <summary>Gets or sets <c>enable_breakout_rooms</c> (Daily Prebuilt, beta).</summary>
    [JsonPropertyName("enable_breakout_rooms")]
    public bool? EnableBreakoutRooms { get; set; }

    /// <summary>Gets or sets <c>enable_video_processing_ui</c> (Daily Prebuilt, default true).</summary>
    [JsonPropertyName("enable_video_processing_ui")]
    public bool? EnableVideoProcessingUi { get; set; }

    /// <summary>Gets or sets <c>enable_shared_chat_history</c> (default true).</summary>
    [JsonPropertyName("enable_shared_chat_history")]
    public bool? EnableSharedChatHistory { get; set; }

    /// <summary>Gets or sets <c>enable_advanced_chat</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("enable_advanced_chat")]
    public bool? EnableAdvancedChat { get; set; }

    /// <summary>Gets or sets <c>enable_hidden_participants</c>.</summary>
    [JsonPropertyName("enable_hidden_participants")]
    public bool? EnableHiddenParticipants { get; set; }

    /// <summary>Gets or sets <c>enable_mesh_sfu</c>.</summary>
    [JsonPropertyName("enable_mesh_sfu")]
    public bool? EnableMeshSfu { get; set; }

    /// <summary>Gets or sets <c>sfu_switchover</c> (default 0.5).</summary>
    [JsonPropertyName("sfu_switchover")]
    public double? SfuSwitchover { get; set; }

    /// <summary>Gets or sets <c>enable_adaptive_simulcast</c> (default true).</summary>
    [JsonPropertyName("enable_adaptive_simulcast")]
    public bool? EnableAdaptiveSimulcast { get; set; }

    /// <summary>Gets or sets <c>enable_multiparty_adaptive_simulcast</c>.</summary>
    [JsonPropertyName("enable_multiparty_adaptive_simulcast")]
    public bool? EnableMultipartyAdaptiveSimulcast { get; set; }

    /// <summary>Gets or sets <c>enforce_unique_user_ids</c>.</summary>
    [JsonPropertyName("enforce_unique_user_ids")]
    public bool? EnforceUniqueUserIds { get; set; }

    /// <summary>Gets or sets <c>experimental_optimize_large_calls</c> (Daily Prebuilt).</summary>
    [JsonPropertyName("experimental_optimize_large_calls")]
    public bool? ExperimentalOptimizeLargeCalls { get; set; }

    /// <summary>Gets or sets <c>start_video_off</c>.</summary>
    [JsonPropertyName("start_video_off")]
    public bool? StartVideoOff { get; set; }

    /// <summary>Gets or sets <c>start_audio_off</c>.</summary>
    [JsonPropertyName("start_audio_off")]
    public bool? StartAudioOff { get; set; }

    /// <summary>Gets or sets <c>owner_only_broadcast</c>.</summary>
    [JsonPropertyName("owner_only_broadcast")]
    public bool? OwnerOnlyBroadcast { get; set; }

    /// <summary>Gets or sets <c>enable_recording</c>: <c>cloud</c>, <c>local</c> or <c>raw-tracks</c>; see <see cref="DailyRecordingTypes"/>.</summary>
    [JsonPropertyName("enable_recording")]
    public string? EnableRecording { get; set; }

    /// <summary>Gets or sets <c>eject_at_room_exp</c>: end a running meeting at <see cref="Expires"/> by ejecting everyone.</summary>
    [JsonPropertyName("eject_at_room_exp")]
    public bool? EjectAtRoomExpiry { get; set; }

    /// <summary>Gets or sets <c>eject_after_elapsed</c>: eject each participant this many seconds after they join.</summary>
    [JsonPropertyName("eject_after_elapsed")]
    public int? EjectAfterElapsedSeconds { get; set; }

    /// <summary>Gets or sets <c>lang</c>, the Daily Prebuilt UI language (such as <c>en</c>, <c>de</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Language { get; set; }

    /// <summary>Gets or sets <c>meeting_join_hook</c> (at most 255 characters; Daily recommends webhooks instead).</summary>
    [JsonPropertyName("meeting_join_hook")]
    public string? MeetingJoinHook { get; set; }

    /// <summary>Gets or sets <c>geo</c>, the AWS region of the call server (such as <c>eu-central-1</c>).</summary>
    [JsonPropertyName("geo")]
    public string? Geo { get; set; }

    /// <summary>Gets or sets <c>rtmp_geo</c>, the region RTMP streams start from.</summary>
    [JsonPropertyName("rtmp_geo")]
    public string? RtmpGeo { get; set; }

    /// <summary>Gets or sets <c>disable_rtmp_geo_fallback</c>.</summary>
    [JsonPropertyName("disable_rtmp_geo_fallback")]
    public bool? DisableRtmpGeoFallback { get; set; }

    /// <summary>Gets or sets <c>recordings_bucket</c>: store recordings in your own S3 bucket.</summary>
    [JsonPropertyName("recordings_bucket")]
    public DailyStorageBucket? RecordingsBucket { get; set; }

    /// <summary>Gets or sets <c>enable_terse_logging</c>.</summary>
    [JsonPropertyName("enable_terse_logging")]
    public bool? EnableTerseLogging { get; set; }

    /// <summary>Gets or sets <c>auto_transcription_settings</c> (the options of daily-js <c>startTranscription()</c>).</summary>
    [JsonPropertyName("auto_transcription_settings")]
    public JsonElement? AutoTranscriptionSettings { get; set; }

    /// <summary>Gets or sets <c>enable_transcription_storage</c>: save live transcriptions as WebVTT.</summary>
    [JsonPropertyName("enable_transcription_storage")]
    public bool? EnableTranscriptionStorage { get; set; }

    /// <summary>Gets or sets <c>transcription_bucket</c>: store transcripts in your own S3 bucket.</summary>
    [JsonPropertyName("transcription_bucket")]
    public DailyStorageBucket? TranscriptionBucket { get; set; }

    /// <summary>Gets or sets <c>recordings_template</c>, the recording file name template (must contain <c>{epoch_time}</c>).</summary>
    [JsonPropertyName("recordings_template")]
    public string? RecordingsTemplate { get; set; }

    /// <summary>Gets or sets <c>streaming_endpoints</c> (RTMP/HLS endpoint configurations, as Daily documents them).</summary>
    [JsonPropertyName("streaming_endpoints")]
    public JsonElement? StreamingEndpoints { get; set; }

    /// <summary>Gets or sets <c>permissions</c>: the defaults of non-owners (<c>hasPresence</c>, <c>canSend</c>, <c>canReceive</c>, <c>canAdmin</c>).</summary>
    [JsonPropertyName("permissions")]
    public JsonElement? Permissions { get; set; }

    /// <summary>Gets or sets properties without a typed member, by Daily's wire name (read from answers, sent as given).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
