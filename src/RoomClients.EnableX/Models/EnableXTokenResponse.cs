using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary><c>{"result":0,"token":"…"}</c>: a single-use token, to be used within 15 minutes.</summary>
public sealed class EnableXTokenResponse : EnableXResult
{
    /// <summary>Gets or sets the token (a JWT).</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }
}
