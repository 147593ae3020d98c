using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The body of <c>PUT /themes/{id}/finalizeLogos</c>: the uploaded keys to make permanent.</summary>
public sealed class FinalizeLogosRequest
{
    /// <summary>Gets or sets the storage keys, as plain strings (as the spec's example and the Vonage SDK send them).</summary>
    [JsonPropertyName("keys")]
    public required IList<string> Keys { get; set; }
}
