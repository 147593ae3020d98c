using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>Pre-join defaults of a room (<c>initial_join_options</c>).</summary>
public sealed class InitialJoinOptions
{
    /// <summary>Gets or sets the microphone default: <c>on</c>, <c>off</c> or <c>default</c>.</summary>
    [JsonPropertyName("microphone_state")]
    public string? MicrophoneState { get; set; }
}
