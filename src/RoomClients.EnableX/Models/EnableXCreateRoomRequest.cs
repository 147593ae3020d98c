using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The body of <c>POST /rooms</c>.</summary>
public sealed class EnableXCreateRoomRequest
{
    /// <summary>Gets or sets the room name (required).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>Gets or sets your owner reference (required, alphanumeric).</summary>
    [JsonPropertyName("owner_ref")]
    public required string OwnerRef { get; set; }

    /// <summary>Gets or sets the settings (required).</summary>
    [JsonPropertyName("settings")]
    public EnableXRoomSettings Settings { get; set; } = new();

    /// <summary>Gets or sets SIP dial-in.</summary>
    [JsonPropertyName("sip")]
    public EnableXSip? Sip { get; set; }

    /// <summary>Gets or sets free-form custom data.</summary>
    [JsonPropertyName("data")]
    public IDictionary<string, JsonElement>? Data { get; set; }
}
