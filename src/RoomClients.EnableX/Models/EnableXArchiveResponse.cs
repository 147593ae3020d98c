using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary><c>{"result":"0","archive":[…]}</c>.</summary>
public sealed class EnableXArchiveResponse : EnableXResult
{
    /// <summary>Gets or sets the archive records.</summary>
    [JsonPropertyName("archive")]
    public IList<EnableXArchiveRecord>? Archive { get; set; }
}
