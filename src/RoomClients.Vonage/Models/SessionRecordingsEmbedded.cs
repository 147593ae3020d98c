using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The <c>_embedded</c> object of a session's recordings.</summary>
public sealed class SessionRecordingsEmbedded
{
    /// <summary>Gets or sets the recordings.</summary>
    [JsonPropertyName("recordings")]
    public IList<VonageRecording>? Recordings { get; set; }
}
