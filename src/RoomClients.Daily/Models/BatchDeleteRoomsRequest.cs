using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The body of <c>DELETE /batch/rooms</c>: <c>{"room_names": [...]}</c>, at most 1,000; if one fails, none is deleted.</summary>
public sealed class BatchDeleteRoomsRequest
{
    /// <summary>Gets or sets <c>room_names</c>.</summary>
    [JsonPropertyName("room_names")]
    public IList<string> RoomNames { get; set; } = [];
}
