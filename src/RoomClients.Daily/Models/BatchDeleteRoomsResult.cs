using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The answer of <c>DELETE /batch/rooms</c>.</summary>
public sealed class BatchDeleteRoomsResult
{
    /// <summary>Gets or sets <c>deleted_count</c>.</summary>
    [JsonPropertyName("deleted_count")]
    public int DeletedCount { get; set; }
}
