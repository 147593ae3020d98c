using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary><c>{"result":0,"room":{…}}</c>.</summary>
public sealed class EnableXRoomResponse : EnableXResult
{
    /// <summary>Gets or sets the room.</summary>
    [JsonPropertyName("room")]
    public EnableXRoom? Room { get; set; }
}
