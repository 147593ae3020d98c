using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>An error body: <c>{message, name, status}</c> (most errors) or <c>{title, detail}</c> (401 and the RFC 7807 style).</summary>
internal sealed class VonageErrorBody
{
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("detail")]
    public string? Detail { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
