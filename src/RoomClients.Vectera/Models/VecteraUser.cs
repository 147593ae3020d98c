using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>A Vectera user (team member), as <c>/users</c> returns it.</summary>
public sealed class VecteraUser
{
    /// <summary>Gets or sets the user id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the e-mail address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the first name.</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Gets or sets the full name.</summary>
    [JsonPropertyName("fullName")]
    public string? FullName { get; set; }

    /// <summary>Gets or sets the short name.</summary>
    [JsonPropertyName("shortName")]
    public string? ShortName { get; set; }

    /// <summary>Gets or sets the organization (team) id.</summary>
    [JsonPropertyName("organizationId")]
    public string? OrganizationId { get; set; }

    /// <summary>Gets or sets whether the user is managed (cannot edit their profile; logs in through login tokens).</summary>
    [JsonPropertyName("isManaged")]
    public bool? IsManaged { get; set; }

    /// <summary>Gets or sets when the user joined.</summary>
    [JsonPropertyName("dateJoined")]
    public DateTimeOffset? DateJoined { get; set; }

    /// <summary>Gets or sets every other field of the answer, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
