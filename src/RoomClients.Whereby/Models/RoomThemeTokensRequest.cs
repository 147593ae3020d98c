using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The body of <c>PUT /rooms/{roomName}/theme/tokens</c>.</summary>
public sealed class RoomThemeTokensRequest
{
    /// <summary>Gets or sets the colour tokens.</summary>
    [JsonPropertyName("tokens")]
    public RoomThemeTokens? Tokens { get; set; }

    /// <summary>Gets or sets <c>custom</c> or <c>default</c> (organization defaults).</summary>
    [JsonPropertyName("tokensPreset")]
    public string? TokensPreset { get; set; }
}
