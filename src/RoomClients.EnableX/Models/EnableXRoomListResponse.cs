using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary><c>{"result":0,"rooms":[…]}</c>.</summary>
public sealed class EnableXRoomListResponse : EnableXResult
{
    /// <summary>Gets or sets the rooms.</summary>
    [JsonPropertyName("rooms")]
    public IList<EnableXRoom>? Rooms { get; set; }
}
