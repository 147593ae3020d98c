using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>One allowed value of a choice field.</summary>
public sealed class FieldChoice
{
    /// <summary>Gets or sets the value to send.</summary>
    [JsonPropertyName("value")]
    public JsonElement Value { get; set; }

    /// <summary>Gets or sets the human-readable name.</summary>
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }
}
