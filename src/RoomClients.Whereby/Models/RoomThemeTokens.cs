using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Colour tokens of a room theme.</summary>
public sealed class RoomThemeTokens
{
    /// <summary>Gets or sets the colours.</summary>
    [JsonPropertyName("colors")]
    public RoomThemeColors Colors { get; set; } = new();
}
