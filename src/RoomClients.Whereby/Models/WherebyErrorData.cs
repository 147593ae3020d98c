using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Extra data of a Whereby error.</summary>
public sealed class WherebyErrorData
{
    /// <summary>Gets or sets the milliseconds to wait before retrying (429).</summary>
    [JsonPropertyName("msLeft")]
    public long? MsLeft { get; set; }
}
