using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The JSON body that resets a room's logo (<c>{"theme":"default"}</c>) or picks a built-in background (<c>palette</c>, <c>theme</c>).</summary>
public sealed class RoomThemeReset
{
    /// <summary>Gets or sets the theme: <c>default</c>, or for backgrounds <c>mountains</c>, <c>characters</c>, <c>rocks</c>.</summary>
    [JsonPropertyName("theme")]
    public string? Theme { get; set; } = "default";

    /// <summary>Gets or sets the palette of a background: <c>default</c>, <c>grey</c>, <c>purple</c>, <c>burgund</c>.</summary>
    [JsonPropertyName("palette")]
    public string? Palette { get; set; }
}
