using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The body of <c>PATCH /rooms/{room_id}</c>: only the keys to change (mode, scheduled and adhoc cannot change).</summary>
public sealed class EnableXUpdateRoomRequest
{
    /// <summary>Gets or sets the new name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the new owner reference.</summary>
    [JsonPropertyName("owner_ref")]
    public string? OwnerRef { get; set; }

    /// <summary>Gets or sets the settings to change.</summary>
    [JsonPropertyName("settings")]
    public EnableXRoomSettings? Settings { get; set; }

    /// <summary>Gets or sets SIP dial-in.</summary>
    [JsonPropertyName("sip")]
    public EnableXSip? Sip { get; set; }

    /// <summary>Gets or sets custom data.</summary>
    [JsonPropertyName("data")]
    public IDictionary<string, JsonElement>? Data { get; set; }
}
