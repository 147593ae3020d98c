using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The body of <c>PATCH /themes/{id}</c>: <c>{"update_details": {…}}</c>.</summary>
public sealed class UpdateThemeRequest
{
    /// <summary>Gets or sets the changes.</summary>
    [JsonPropertyName("update_details")]
    public required ThemeDetails UpdateDetails { get; set; }
}
