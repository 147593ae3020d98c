using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>A global dial-in number of a meeting.</summary>
public sealed class ZoomDialInNumber
{
    /// <summary>Gets or sets the city.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Gets or sets the country code.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the country name.</summary>
    [JsonPropertyName("country_name")]
    public string? CountryName { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [JsonPropertyName("number")]
    public string? Number { get; set; }

    /// <summary>Gets or sets <c>toll</c> or <c>tollfree</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
