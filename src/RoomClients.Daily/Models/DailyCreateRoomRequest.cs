using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The body of <c>POST /rooms</c> (and one room of <c>POST /batch/rooms</c>). Every field is optional.</summary>
public sealed class DailyCreateRoomRequest
{
    /// <summary>Gets or sets <c>name</c>: letters, digits, <c>-</c> and <c>_</c>, at most 128; Daily generates one when unset.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets <c>privacy</c>: <c>public</c> (Daily's default: anyone with the URL joins) or <c>private</c> (a meeting token or knocking is needed).</summary>
    [JsonPropertyName("privacy")]
    public string? Privacy { get; set; }

    /// <summary>Gets or sets <c>properties</c>.</summary>
    [JsonPropertyName("properties")]
    public DailyRoomProperties? Properties { get; set; }
}
