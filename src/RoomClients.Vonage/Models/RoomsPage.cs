using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>A page of rooms (<c>GET /rooms</c>, <c>GET /themes/{id}/rooms</c>). <c>_embedded</c> is read both as an array (v1) and as <c>{"rooms": […]}</c> (beta).</summary>
public sealed class RoomsPage
{
    /// <summary>Gets or sets the page size.</summary>
    [JsonPropertyName("page_size")]
    public int? PageSize { get; set; }

    /// <summary>Gets or sets the total number of rooms.</summary>
    [JsonPropertyName("total_items")]
    public int? TotalItems { get; set; }

    /// <summary>Gets or sets the rooms of this page.</summary>
    [JsonPropertyName("_embedded")]
    [JsonConverter(typeof(EmbeddedRoomsConverter))]
    public IList<VonageRoom>? Rooms { get; set; }

    /// <summary>Gets or sets the paging links.</summary>
    [JsonPropertyName("_links")]
    public PageLinks? Links { get; set; }
}
