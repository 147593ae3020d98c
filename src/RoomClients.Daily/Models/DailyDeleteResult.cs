using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The answer of <c>DELETE /rooms/{name}</c> (<c>{"deleted": true, "name": …}</c>) and <c>DELETE /recordings/{id}</c> (<c>{"deleted": true, "id": …}</c>).</summary>
public sealed class DailyDeleteResult
{
    /// <summary>Gets or sets <c>deleted</c>.</summary>
    [JsonPropertyName("deleted")]
    public bool Deleted { get; set; }

    /// <summary>Gets or sets <c>name</c> (rooms).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets <c>id</c> (recordings).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
