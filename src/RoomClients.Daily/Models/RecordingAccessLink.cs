using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>The answer of <c>GET /recordings/{id}/access-link</c>: a signed download link. On some errors Daily puts an error text in <see cref="DownloadLink"/>: check that it is an http(s) URL (<see cref="DownloadUri"/>).</summary>
public sealed class RecordingAccessLink
{
    /// <summary>Gets or sets <c>download_link</c>.</summary>
    [JsonPropertyName("download_link")]
    public string? DownloadLink { get; set; }

    /// <summary>Gets or sets <c>expires</c>.</summary>
    [JsonPropertyName("expires")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? Expires { get; set; }

    /// <summary>Gets <see cref="DownloadLink"/> as an absolute http(s) URL, or <see langword="null"/> when it is not one (an error text).</summary>
    [JsonIgnore]
    public Uri? DownloadUri => DailyUrls.HttpUrl(DownloadLink);
}
