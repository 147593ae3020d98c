using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>The JSON body that resets a room's logo to the default: always <c>{"theme":"default"}</c>, the only value Whereby documents.</summary>
public sealed class RoomLogoReset
{
    /// <summary>Gets the theme, <c>default</c>.</summary>
    [JsonPropertyName("theme")]
#pragma warning disable CA1822 // serialized: an instance property
    public string Theme => "default";
#pragma warning restore CA1822
}
