using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary><c>{"result":"0","cdr":[…]}</c>.</summary>
public sealed class EnableXCdrResponse : EnableXResult
{
    /// <summary>Gets or sets the records.</summary>
    [JsonPropertyName("cdr")]
    public IList<EnableXCdrRecord>? Cdr { get; set; }
}
