using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A page of <c>GET /meetings/{meetingId}/registrants</c>.</summary>
public sealed class ZoomRegistrantPage
{
    /// <summary>Gets or sets the token of the next page, empty on the last.</summary>
    [JsonPropertyName("next_page_token")]
    public string? NextPageToken { get; set; }

    /// <summary>Gets or sets the number of pages.</summary>
    [JsonPropertyName("page_count")]
    public int? PageCount { get; set; }

    /// <summary>Gets or sets the page size.</summary>
    [JsonPropertyName("page_size")]
    public int? PageSize { get; set; }

    /// <summary>Gets or sets the number of registrants.</summary>
    [JsonPropertyName("total_records")]
    public int? TotalRecords { get; set; }

    /// <summary>Gets or sets the registrants.</summary>
    [JsonPropertyName("registrants")]
    public IList<ZoomRegistrant>? Registrants { get; set; }
}
