using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The body of <c>POST /meetings/{meetingId}/registrants</c>.</summary>
public sealed class ZoomRegistrantRequest
{
    /// <summary>Gets or sets the registrant's email. Required.</summary>
    [JsonPropertyName("email")]
    public required string Email { get; set; }

    /// <summary>Gets or sets the first name. Required.</summary>
    [JsonPropertyName("first_name")]
    public required string FirstName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>Gets or sets the address.</summary>
    [JsonPropertyName("address")]
    public string? Address { get; set; }

    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Gets or sets the country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the postal code.</summary>
    [JsonPropertyName("zip")]
    public string? Zip { get; set; }

    /// <summary>Gets or sets the state or province.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets or sets the industry.</summary>
    [JsonPropertyName("industry")]
    public string? Industry { get; set; }

    /// <summary>Gets or sets the organization.</summary>
    [JsonPropertyName("org")]
    public string? Org { get; set; }

    /// <summary>Gets or sets the job title.</summary>
    [JsonPropertyName("job_title")]
    public string? JobTitle { get; set; }

    /// <summary>Gets or sets the purchasing time frame.</summary>
    [JsonPropertyName("purchasing_time_frame")]
    public string? PurchasingTimeFrame { get; set; }

    /// <summary>Gets or sets the role in the purchase process.</summary>
    [JsonPropertyName("role_in_purchase_process")]
    public string? RoleInPurchaseProcess { get; set; }

    /// <summary>Gets or sets the number of employees.</summary>
    [JsonPropertyName("no_of_employees")]
    public string? NoOfEmployees { get; set; }

    /// <summary>Gets or sets questions and comments.</summary>
    [JsonPropertyName("comments")]
    public string? Comments { get; set; }

    /// <summary>Gets or sets the language of the confirmation email, such as <c>en-US</c>.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>Gets or sets whether to approve the registrant automatically.</summary>
    [JsonPropertyName("auto_approve")]
    public bool? AutoApprove { get; set; }

    /// <summary>Gets or sets answers to custom questions.</summary>
    [JsonPropertyName("custom_questions")]
    public IList<ZoomCustomQuestionAnswer>? CustomQuestions { get; set; }
}
