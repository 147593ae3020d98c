using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>Daily's error body.</summary>
internal sealed class DailyErrorBody
{
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("info")]
    public string? Info { get; set; }
}
