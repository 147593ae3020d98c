using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>A dial-in phone number of the account.</summary>
public sealed class EnableXDialInNumber
{
    /// <summary>Gets or sets the country name.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the country code.</summary>
    [JsonPropertyName("country_code")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? CountryCode { get; set; }

    /// <summary>Gets or sets the phone number.</summary>
    [JsonPropertyName("phone")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Phone { get; set; }

    /// <summary>Gets or sets whether the number is toll (<see langword="false"/> = toll-free).</summary>
    [JsonPropertyName("toll")]
    public bool? Toll { get; set; }
}
