using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>A Daily room, as <c>POST /rooms</c>, <c>GET /rooms/{name}</c>, <c>POST /rooms/{name}</c> and the room list return it.</summary>
public sealed class DailyRoom
{
    /// <summary>Gets or sets <c>id</c>, the room's UUID (the paging cursor of <c>GET /rooms</c>).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Gets or sets <c>name</c>, which every room path uses (and <see cref="Room.Id"/>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets <c>api_created</c>.</summary>
    [JsonPropertyName("api_created")]
    public bool? ApiCreated { get; set; }

    /// <summary>Gets or sets <c>privacy</c>: <c>public</c> or <c>private</c>.</summary>
    [JsonPropertyName("privacy")]
    public string? Privacy { get; set; }

    /// <summary>Gets or sets <c>url</c>, <c>https://&lt;domain&gt;.daily.co/&lt;name&gt;</c>.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    /// <summary>Gets or sets <c>created_at</c>.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets <c>config</c>: only the properties that differ from Daily's defaults.</summary>
    [JsonPropertyName("config")]
    public DailyRoomProperties? Config { get; set; }
}
