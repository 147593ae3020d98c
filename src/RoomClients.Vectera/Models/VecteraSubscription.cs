using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>An organization's subscription, as <c>GET /organizations/{id}/subscription</c> returns it. Vectera documents the
/// route but none of its fields, so the answer is kept whole in <see cref="Fields"/>.</summary>
public sealed class VecteraSubscription
{
    /// <summary>Gets or sets every field of the answer, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Fields { get; set; }
}
