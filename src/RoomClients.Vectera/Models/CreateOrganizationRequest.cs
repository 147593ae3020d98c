using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>POST /organizations</c>: the name, plus any field <c>OPTIONS /organizations</c> lists in <see cref="AdditionalFields"/>.</summary>
public sealed class CreateOrganizationRequest
{
    /// <summary>Gets or sets the organization's name (required).</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string Name { get; set; }

    /// <summary>Gets or sets further fields to send, by wire name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
