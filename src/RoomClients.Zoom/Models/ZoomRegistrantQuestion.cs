using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A standard registration question.</summary>
public sealed class ZoomRegistrantQuestion
{
    /// <summary>Gets or sets the field, such as <c>address</c>, <c>city</c>, <c>org</c> or <c>job_title</c>.</summary>
    [JsonPropertyName("field_name")]
    public required string FieldName { get; set; }

    /// <summary>Gets or sets whether an answer is required.</summary>
    [JsonPropertyName("required")]
    public bool? Required { get; set; }
}
