using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A registrant as <c>GET /meetings/{meetingId}/registrants</c> lists it.</summary>
public sealed class ZoomRegistrant
{
    /// <summary>Gets or sets the registrant id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets the email.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the first name.</summary>
    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>Gets or sets <c>approved</c>, <c>pending</c> or <c>denied</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets when the registrant registered.</summary>
    [JsonPropertyName("create_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets the registrant's own join URL.</summary>
    [JsonPropertyName("join_url")]
    public Uri? JoinUrl { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the organization.</summary>
    [JsonPropertyName("org")]
    public string? Org { get; set; }

    /// <summary>Gets or sets the job title.</summary>
    [JsonPropertyName("job_title")]
    public string? JobTitle { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets or sets questions and comments.</summary>
    [JsonPropertyName("comments")]
    public string? Comments { get; set; }

    /// <summary>Gets or sets answers to custom questions.</summary>
    [JsonPropertyName("custom_questions")]
    public IList<ZoomCustomQuestionAnswer>? CustomQuestions { get; set; }
}
