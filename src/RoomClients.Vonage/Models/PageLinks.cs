using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>HAL paging links of a room list.</summary>
public sealed class PageLinks
{
    /// <summary>Gets or sets the first page.</summary>
    [JsonPropertyName("first")]
    public VonageLink? First { get; set; }

    /// <summary>Gets or sets this page.</summary>
    [JsonPropertyName("self")]
    public VonageLink? Self { get; set; }

    /// <summary>Gets or sets the next page (absent on the last page).</summary>
    [JsonPropertyName("next")]
    public VonageLink? Next { get; set; }

    /// <summary>Gets or sets the previous page.</summary>
    [JsonPropertyName("prev")]
    public VonageLink? Prev { get; set; }
}
