using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The body of <c>POST /themes</c> (<c>CreateThemeDetails</c>): <c>main_color</c> and <c>brand_text</c> are required
/// and always sent; the name and short URL are optional. For <c>PATCH /themes/{id}</c> use <see cref="ThemeDetails"/>.</summary>
public sealed class CreateThemeRequest
{
    /// <summary>Gets or sets the unique theme name (at most 200 characters; a UUID when absent).</summary>
    [JsonPropertyName("theme_name")]
    public string? ThemeName { get; set; }

    /// <summary>Gets or sets the main colour, <c>#rgb</c> or <c>#rrggbb</c> (required).</summary>
    [JsonPropertyName("main_color")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string MainColor { get; set; }

    /// <summary>Gets or sets the brand text (required, at most 200 characters).</summary>
    [JsonPropertyName("brand_text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string BrandText { get; set; }

    /// <summary>Gets or sets the short company URL (at most 128 characters; letters, digits, <c>_~-</c>; unique across Vonage).</summary>
    [JsonPropertyName("short_company_url")]
    public string? ShortCompanyUrl { get; set; }
}
