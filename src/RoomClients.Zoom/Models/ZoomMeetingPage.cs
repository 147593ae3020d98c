using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A page of <c>GET /users/{userId}/meetings</c>. Stop when <see cref="NextPageToken"/> is empty (it expires after 15 minutes).</summary>
public sealed class ZoomMeetingPage
{
    /// <summary>Gets or sets the token of the next page, empty on the last.</summary>
    [JsonPropertyName("next_page_token")]
    public string? NextPageToken { get; set; }

    /// <summary>Gets or sets the number of pages.</summary>
    [JsonPropertyName("page_count")]
    public int? PageCount { get; set; }

    /// <summary>Gets or sets the page number (deprecated by Zoom).</summary>
    [JsonPropertyName("page_number")]
    public int? PageNumber { get; set; }

    /// <summary>Gets or sets the page size.</summary>
    [JsonPropertyName("page_size")]
    public int? PageSize { get; set; }

    /// <summary>Gets or sets the number of meetings in all pages.</summary>
    [JsonPropertyName("total_records")]
    public int? TotalRecords { get; set; }

    /// <summary>Gets or sets the meetings of this page (instant meetings are never listed).</summary>
    [JsonPropertyName("meetings")]
    public IList<ZoomMeetingListItem>? Meetings { get; set; }
}
