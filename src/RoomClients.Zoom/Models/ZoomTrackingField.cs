using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A tracking field of a meeting.</summary>
public sealed class ZoomTrackingField
{
    /// <summary>Gets or sets the field name.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; set; }

    /// <summary>Gets or sets the value.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    /// <summary>Gets or sets whether it is visible (answers only).</summary>
    [JsonPropertyName("visible")]
    public bool? Visible { get; set; }
}
