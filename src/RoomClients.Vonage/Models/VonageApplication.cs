using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The Meetings settings of the application.</summary>
public sealed class VonageApplication
{
    /// <summary>Gets or sets the application id.</summary>
    [JsonPropertyName("application_id")]
    public string? ApplicationId { get; set; }

    /// <summary>Gets or sets the account id.</summary>
    [JsonPropertyName("account_id")]
    public string? AccountId { get; set; }

    /// <summary>Gets or sets the default theme id.</summary>
    [JsonPropertyName("default_theme_id")]
    public string? DefaultThemeId { get; set; }
}
