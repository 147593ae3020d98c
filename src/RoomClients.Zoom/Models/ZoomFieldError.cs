using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A field-level error in ZoomErrorBody.Errors.</summary>
internal sealed class ZoomFieldError
{
    /// <summary>Gets or sets the field, such as <c>user_info.email</c>.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; set; }

    /// <summary>Gets or sets the message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
