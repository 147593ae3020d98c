using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>A theme (branding) of the application.</summary>
public sealed class VonageTheme
{
    /// <summary>Gets or sets the theme id (UUID).</summary>
    [JsonPropertyName("theme_id")]
    public string? ThemeId { get; set; }

    /// <summary>Gets or sets the unique theme name.</summary>
    [JsonPropertyName("theme_name")]
    public string? ThemeName { get; set; }

    /// <summary>Gets or sets the domain: <c>VCP</c> or <c>VBC</c>.</summary>
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    /// <summary>Gets or sets the account id (API key).</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    /// <summary>Gets or sets the application id.</summary>
    [JsonPropertyName("application_id")]
    public string? ApplicationId { get; set; }

    /// <summary>Gets or sets the main colour, such as <c>#12f64e</c>.</summary>
    [JsonPropertyName("main_color")]
    public string? MainColor { get; set; }

    /// <summary>Gets or sets the short company URL.</summary>
    [JsonPropertyName("short_company_url")]
    public string? ShortCompanyUrl { get; set; }

    /// <summary>Gets or sets the brand text.</summary>
    [JsonPropertyName("brand_text")]
    public string? BrandText { get; set; }

    /// <summary>Gets or sets the coloured logo's storage key.</summary>
    [JsonPropertyName("brand_image_colored")]
    public string? BrandImageColored { get; set; }

    /// <summary>Gets or sets the white logo's storage key.</summary>
    [JsonPropertyName("brand_image_white")]
    public string? BrandImageWhite { get; set; }

    /// <summary>Gets or sets the favicon's storage key.</summary>
    [JsonPropertyName("branded_favicon")]
    public string? BrandedFavicon { get; set; }

    /// <summary>Gets or sets the coloured logo's link.</summary>
    [JsonPropertyName("brand_image_colored_url")]
    public string? BrandImageColoredUrl { get; set; }

    /// <summary>Gets or sets the white logo's link.</summary>
    [JsonPropertyName("brand_image_white_url")]
    public string? BrandImageWhiteUrl { get; set; }

    /// <summary>Gets or sets the favicon's link.</summary>
    [JsonPropertyName("branded_favicon_url")]
    public string? BrandedFaviconUrl { get; set; }
}
