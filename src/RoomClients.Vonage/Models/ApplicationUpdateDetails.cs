using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The changes of <c>PATCH /applications</c>.</summary>
public sealed class ApplicationUpdateDetails
{
    /// <summary>Gets or sets the default theme id (required).</summary>
    [JsonPropertyName("default_theme_id")]
    public required string DefaultThemeId { get; set; }
}
