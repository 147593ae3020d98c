using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>An RTMP destination.</summary>
public sealed class StreamingDestination
{
    /// <summary>Gets or sets the RTMP URL, such as <c>rtmp://a.rtmp.youtube.com/live2/&lt;key&gt;</c>.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    /// <inheritdoc />
    public override string ToString() => Url is null ? "(no url)" : $"{Url.Scheme}://{Url.Host}/…";
}
