using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>PATCH /organizations/{id}</c>; unset fields are not sent.</summary>
public sealed class UpdateOrganizationRequest
{
    /// <summary>Gets or sets a new name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets further fields to change, by wire name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
