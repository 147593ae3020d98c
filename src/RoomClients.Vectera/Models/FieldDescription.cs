using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>One accepted field of an endpoint, as an <c>OPTIONS</c> answer describes it.</summary>
public sealed class FieldDescription
{
    /// <summary>Gets or sets the field type (<c>string</c>, <c>boolean</c>, <c>choice</c>, <c>datetime</c>…).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Gets or sets whether the field is required.</summary>
    [JsonPropertyName("required")]
    public bool Required { get; set; }

    /// <summary>Gets or sets whether the field is read-only.</summary>
    [JsonPropertyName("read_only")]
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets the label.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    /// <summary>Gets or sets the help text.</summary>
    [JsonPropertyName("help_text")]
    public string? HelpText { get; set; }

    /// <summary>Gets or sets the maximum length of a string.</summary>
    [JsonPropertyName("max_length")]
    public int? MaxLength { get; set; }

    /// <summary>Gets or sets the allowed values of a choice field.</summary>
    [JsonPropertyName("choices")]
    public IList<FieldChoice>? Choices { get; set; }

    /// <summary>Gets or sets every other attribute, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
