using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>A temporary download link for a Whereby-hosted file.</summary>
public sealed class AccessLink
{
    /// <summary>Gets or sets the pre-signed URL.</summary>
    [JsonPropertyName("accessLink")]
    public Uri? Link { get; set; }

    /// <summary>Gets or sets when the link expires, in Unix epoch milliseconds.</summary>
    [JsonPropertyName("expires")]
    public long Expires { get; set; }

    /// <summary>Gets when the link expires.</summary>
    [JsonIgnore]
    public DateTimeOffset ExpiresAt => DateTimeOffset.FromUnixTimeMilliseconds(Expires);
}
