using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The body of <c>POST /rooms/{name}</c> (Daily updates with POST): only what is sent changes.</summary>
public sealed class DailyUpdateRoomRequest
{
    /// <summary>Gets or sets <c>privacy</c>: <c>public</c> or <c>private</c>.</summary>
    [JsonPropertyName("privacy")]
    public string? Privacy { get; set; }

    /// <summary>Gets or sets <c>properties</c> to change.</summary>
    [JsonPropertyName("properties")]
    public DailyRoomProperties? Properties { get; set; }
}
