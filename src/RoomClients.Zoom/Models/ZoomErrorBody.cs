using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>Zoom's error body: <c>{"code": n, "message": "…", "errors": [{"field", "message"}]}</c>, and the OAuth endpoint's <c>{"reason", "error"}</c>.</summary>
internal sealed class ZoomErrorBody
{
    /// <summary>Gets or sets zoom's error code, such as 124 (invalid access token) or 3001 (meeting not found).</summary>
    [JsonPropertyName("code")]
    public int? Code { get; set; }

    /// <summary>Gets or sets the message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Gets or sets field-level errors.</summary>
    [JsonPropertyName("errors")]
    public IList<ZoomFieldError>? Errors { get; set; }

    /// <summary>Gets or sets the OAuth endpoint's reason.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>Gets or sets the OAuth endpoint's error, such as <c>invalid_client</c>.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }
}
