using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The answer of <c>GET /transcript/{id}/access-link</c>: a <c>.vtt</c> link valid for an hour. It may be an error text: check <see cref="LinkUri"/>.</summary>
public sealed class TranscriptAccessLink
{
    /// <summary>Gets or sets <c>transcriptId</c>.</summary>
    [JsonPropertyName("transcriptId")]
    public string? TranscriptId { get; set; }

    /// <summary>Gets or sets <c>link</c>.</summary>
    [JsonPropertyName("link")]
    public string? Link { get; set; }

    /// <summary>Gets or sets <c>outParams</c>.</summary>
    [JsonPropertyName("outParams")]
    public JsonElement? OutParams { get; set; }

    /// <summary>Gets <see cref="Link"/> as an absolute http(s) URL, or <see langword="null"/> when it is not one.</summary>
    [JsonIgnore]
    public Uri? LinkUri => DailyUrls.HttpUrl(Link);
}
