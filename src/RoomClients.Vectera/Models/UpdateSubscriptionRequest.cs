using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>PATCH /organizations/{id}/subscription</c>: the fields to change, by wire name (Vectera documents
/// none; <c>OPTIONS</c> on the route lists them).</summary>
public sealed class UpdateSubscriptionRequest
{
    /// <summary>Gets or sets the fields to change.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Fields { get; set; }
}
