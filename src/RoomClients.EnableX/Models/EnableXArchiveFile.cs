using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>A recording file; fetching it needs the portal's recording-access Basic credentials.</summary>
public sealed class EnableXArchiveFile
{
    /// <summary>Gets or sets the file URL.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }
}
