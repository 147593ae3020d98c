using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The body of <c>POST /batch/rooms</c>: <c>{"rooms": [...]}</c>; if one room fails, none is created.</summary>
public sealed class BatchCreateRoomsRequest
{
    /// <summary>Gets or sets <c>rooms</c>, each shaped as the body of <c>POST /rooms</c>.</summary>
    [JsonPropertyName("rooms")]
    public IList<DailyCreateRoomRequest> Rooms { get; set; } = [];
}
