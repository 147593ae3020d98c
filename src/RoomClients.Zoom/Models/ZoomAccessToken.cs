using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The answer of <c>POST https://zoom.us/oauth/token?grant_type=account_credentials</c>. Its token is a secret: <see cref="ToString"/> hides it.</summary>
internal sealed class ZoomAccessToken
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    [JsonPropertyName("scope")]
    public string? Scope { get; set; }

    [JsonPropertyName("api_url")]
    public string? ApiUrl { get; set; }

    public override string ToString() => $"Zoom access token (redacted), {TokenType}, expires in {ExpiresIn} s";
}
