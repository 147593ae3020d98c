using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The JSON body that picks a built-in room or knock-page background: a colour (<c>palette</c>) and an image (<c>theme</c>); unset fields are not sent.</summary>
public sealed class RoomBackgroundPreset
{
    /// <summary>Gets or sets the background colour: <c>default</c>, <c>grey</c>, <c>purple</c> or <c>burgund</c>.</summary>
    [JsonPropertyName("palette")]
    public string? Palette { get; set; }

    /// <summary>Gets or sets the background image: <c>default</c>, <c>mountains</c>, <c>characters</c> or <c>rocks</c>.</summary>
    [JsonPropertyName("theme")]
    public string? Theme { get; set; }
}
