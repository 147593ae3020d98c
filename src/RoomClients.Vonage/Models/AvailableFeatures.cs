using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>Features shown in a room (<c>available_features</c>).</summary>
public sealed class AvailableFeatures
{
    /// <summary>Gets or sets whether recording is available; default true.</summary>
    [JsonPropertyName("is_recording_available")]
    public bool? IsRecordingAvailable { get; set; }

    /// <summary>Gets or sets whether chat is available; default true.</summary>
    [JsonPropertyName("is_chat_available")]
    public bool? IsChatAvailable { get; set; }

    /// <summary>Gets or sets whether the whiteboard is available; default true.</summary>
    [JsonPropertyName("is_whiteboard_available")]
    public bool? IsWhiteboardAvailable { get; set; }

    /// <summary>Gets or sets whether the language switcher is available; default true.</summary>
    [JsonPropertyName("is_locale_switcher_available")]
    public bool? IsLocaleSwitcherAvailable { get; set; }

    /// <summary>Gets or sets whether captions are available; default false.</summary>
    [JsonPropertyName("is_captions_available")]
    public bool? IsCaptionsAvailable { get; set; }
}
