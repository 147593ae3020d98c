using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Live transcription settings of a meeting. Leave <c>liveTranscription</c> out of the request (null) to keep every setting of the organization;
/// inside it, a null <see cref="Destination"/> or <see cref="StartTrigger"/> inherits that one setting.</summary>
public sealed class MeetingLiveTranscription
{
    /// <summary>Gets or sets where transcriptions are stored; <see langword="null"/> (the default) inherits the organization's
    /// setting and is sent as JSON null, as Whereby documents (the field is required, so it is never omitted).</summary>
    [JsonPropertyName("destination")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RecordingDestination? Destination { get; set; }

    /// <summary>Gets or sets <c>none</c>, <c>manual</c>, <c>automatic</c> or <c>automatic-2nd-participant</c>; <see langword="null"/>
    /// (the default) inherits the organization's setting and is sent as JSON null.</summary>
    [JsonPropertyName("startTrigger")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? StartTrigger { get; set; }

    /// <summary>Gets or sets the language code (such as <c>en</c>); null uses the organization's setting.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>Gets or sets whether live captions are shown.</summary>
    [JsonPropertyName("liveCaptions")]
    public bool? LiveCaptions { get; set; }
}
