using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Whereby's error body: <c>{"error": "…", "data": {"msLeft": 38689}}</c>.</summary>
public sealed class WherebyErrorBody
{
    /// <summary>Gets or sets the message.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>Gets or sets extra data.</summary>
    [JsonPropertyName("data")]
    public WherebyErrorData? Data { get; set; }
}
