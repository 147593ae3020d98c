using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The body of <c>POST /meeting-tokens</c>: <c>{"properties": {...}}</c>.</summary>
public sealed class MeetingTokenRequest
{
    /// <summary>Gets or sets <c>properties</c>.</summary>
    [JsonPropertyName("properties")]
    public MeetingTokenProperties Properties { get; set; } = new();
}
