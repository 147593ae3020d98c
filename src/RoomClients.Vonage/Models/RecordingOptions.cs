using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>Recording settings of a room (<c>recording_options</c>).</summary>
public sealed class RecordingOptions
{
    /// <summary>Gets or sets whether every session is recorded automatically (it cannot then be stopped); default false.</summary>
    [JsonPropertyName("auto_record")]
    public bool? AutoRecord { get; set; }

    /// <summary>Gets or sets whether only the owner's video and screen share are recorded; default false.</summary>
    [JsonPropertyName("record_only_owner")]
    public bool? RecordOnlyOwner { get; set; }
}
