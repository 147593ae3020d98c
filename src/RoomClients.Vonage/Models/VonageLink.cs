using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>A HAL link: <c>{"href": "…"}</c>.</summary>
public sealed class VonageLink
{
    /// <summary>Gets or sets the target URL.</summary>
    [JsonPropertyName("href")]
    public string? Href { get; set; }
}
