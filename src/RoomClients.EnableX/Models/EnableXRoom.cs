using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>An EnableX room, as <c>POST/GET /rooms</c> return it inside <c>{"result":0,"room":{…}}</c>.</summary>
public sealed class EnableXRoom
{
    /// <summary>Gets or sets the room id.</summary>
    [JsonPropertyName("room_id")]
    public string RoomId { get; set; } = string.Empty;

    /// <summary>Gets or sets the room name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets your owner reference.</summary>
    [JsonPropertyName("owner_ref")]
    public string? OwnerRef { get; set; }

    /// <summary>Gets or sets the settings.</summary>
    [JsonPropertyName("settings")]
    public EnableXRoomSettings? Settings { get; set; }

    /// <summary>Gets or sets the SIP settings.</summary>
    [JsonPropertyName("sip")]
    public EnableXRoomSip? Sip { get; set; }

    /// <summary>Gets or sets your custom data.</summary>
    [JsonPropertyName("data")]
    public IDictionary<string, JsonElement>? Data { get; set; }

    /// <summary>Gets or sets when the room was created (UTC).</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; set; }
}
