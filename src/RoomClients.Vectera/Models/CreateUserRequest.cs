using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>POST /users</c> (needs a team admin's token): <c>firstName</c>, <c>email</c> and <c>organizationId</c> are required.</summary>
public sealed class CreateUserRequest
{
    /// <summary>Gets or sets the first name; required.</summary>
    [JsonPropertyName("firstName")]
    public required string FirstName { get; set; }

    /// <summary>Gets or sets the e-mail address; required.</summary>
    [JsonPropertyName("email")]
    public required string Email { get; set; }

    /// <summary>Gets or sets the organization id (from <c>GET /users/me</c>); required.</summary>
    [JsonPropertyName("organizationId")]
    public required string OrganizationId { get; set; }

    /// <summary>Gets or sets the last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Gets or sets a password; without one the user resets it or logs in with a login token.</summary>
    [JsonPropertyName("password")]
    public string? Password { get; set; }

    /// <summary>Gets or sets whether the user is managed: cannot edit their profile nor reset a password; logs in through login tokens.</summary>
    [JsonPropertyName("isManaged")]
    public bool? IsManaged { get; set; }
}
