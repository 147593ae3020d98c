using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>A number for dialling into meetings.</summary>
public sealed class DialInNumber
{
    /// <summary>Gets or sets the number, such as <c>17323338801</c>.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; set; }

    /// <summary>Gets or sets the locale, such as <c>en-US</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; set; }

    /// <summary>Gets or sets the display name, such as <c>United States</c>.</summary>
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }
}
