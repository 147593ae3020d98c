using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>UI settings of a room (<c>ui_settings</c>).</summary>
public sealed class UiSettings
{
    /// <summary>Gets or sets the UI language: ar, ca, de, en (default), es, fr, he, it, pt-br, zh-tw or zh-cn.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }
}
