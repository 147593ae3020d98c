using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Room theme colours, each <c>#RRGGBB</c>.</summary>
public sealed class RoomThemeColors
{
    /// <summary>Gets or sets the primary colour.</summary>
    [JsonPropertyName("primary")]
    public string? Primary { get; set; }

    /// <summary>Gets or sets the secondary colour.</summary>
    [JsonPropertyName("secondary")]
    public string? Secondary { get; set; }

    /// <summary>Gets or sets the focus colour.</summary>
    [JsonPropertyName("focus")]
    public string? Focus { get; set; }
}
