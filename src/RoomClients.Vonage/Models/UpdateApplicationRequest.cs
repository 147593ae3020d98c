using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The body of <c>PATCH /applications</c>: <c>{"update_details": {"default_theme_id": "…"}}</c>.</summary>
public sealed class UpdateApplicationRequest
{
    /// <summary>Gets or sets the changes.</summary>
    [JsonPropertyName("update_details")]
    public required ApplicationUpdateDetails UpdateDetails { get; set; }
}
