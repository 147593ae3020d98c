using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The answer of <c>POST /meeting-tokens</c>: a signed JWT. It is a credential: join with it through daily-js <c>join({ token })</c> or append it to the room URL as <c>?t=</c>; never log it.</summary>
public sealed class MeetingToken
{
    /// <summary>Gets or sets <c>token</c>.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"Daily meeting token ({(string.IsNullOrEmpty(Token) ? "empty" : "redacted")})";
}
