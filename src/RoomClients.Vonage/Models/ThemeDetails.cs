using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The <c>update_details</c> of <c>PATCH /themes/{id}</c> (<c>UpdateThemeDetails</c>): all optional, at least one. Creating a theme takes <see cref="CreateThemeRequest"/>.</summary>
public sealed class ThemeDetails
{
    /// <summary>Gets or sets the unique theme name (at most 200 characters; a UUID when absent).</summary>
    [JsonPropertyName("theme_name")]
    public string? ThemeName { get; set; }

    /// <summary>Gets or sets the main colour, <c>#rgb</c> or <c>#rrggbb</c>.</summary>
    [JsonPropertyName("main_color")]
    public string? MainColor { get; set; }

    /// <summary>Gets or sets the brand text (at most 200 characters).</summary>
    [JsonPropertyName("brand_text")]
    public string? BrandText { get; set; }

    /// <summary>Gets or sets the short company URL (at most 128 characters; letters, digits, <c>_~-</c>; unique across Vonage).</summary>
    [JsonPropertyName("short_company_url")]
    public string? ShortCompanyUrl { get; set; }
}
