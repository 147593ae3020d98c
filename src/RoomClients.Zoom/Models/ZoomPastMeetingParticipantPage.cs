using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A page of <c>GET /past_meetings/{meetingUUID}/participants</c>.</summary>
public sealed class ZoomPastMeetingParticipantPage
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

    /// <summary>Gets or sets the number of participants.</summary>
    [JsonPropertyName("total_records")]
    public int? TotalRecords { get; set; }

    /// <summary>Gets or sets the participants.</summary>
    [JsonPropertyName("participants")]
    public IList<ZoomPastMeetingParticipant>? Participants { get; set; }
}
