using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>A Vectera organization (team), as <c>/organizations/{id}</c> returns it. Vectera documents the routes but not
/// the fields beyond the id and name; everything else lands in <see cref="AdditionalFields"/>.</summary>
public sealed class VecteraOrganization
{
    /// <summary>Gets or sets the organization id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the organization's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets every other field of the answer, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
