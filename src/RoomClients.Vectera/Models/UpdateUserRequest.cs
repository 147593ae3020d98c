using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>PATCH /users/{id}</c>; unset fields are not sent.</summary>
public sealed class UpdateUserRequest
{
    /// <summary>Gets or sets a new first name.</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>Gets or sets a new last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Gets or sets a new e-mail address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the organization; Vectera removes someone from a team through this update.</summary>
    [JsonPropertyName("organizationId")]
    public string? OrganizationId { get; set; }

    /// <summary>Gets or sets whether the user is managed.</summary>
    [JsonPropertyName("isManaged")]
    public bool? IsManaged { get; set; }
}
