using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Whereby.Models;

/// <summary>Network and quality samples of one participant (<c>GET /insights/participant</c>).</summary>
public sealed class ParticipantQuality
{
    /// <summary>Gets or sets the display name.</summary>
    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the role.</summary>
    [JsonPropertyName("userRole")]
    public string? UserRole { get; set; }

    /// <summary>Gets or sets the user agent.</summary>
    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; set; }

    /// <summary>Gets or sets when the participant joined the session, as sent (a string in the spec, no format given); <see cref="JoinedAt"/> reads it as a date.</summary>
    [JsonPropertyName("timeStamp")]
    public string? TimeStamp { get; set; }

    /// <summary>Gets <see cref="TimeStamp"/> as a date (ISO 8601, other invariant forms, or Unix seconds or milliseconds); null when it is not one.</summary>
    [JsonIgnore]
    public DateTimeOffset? JoinedAt => LooseJson.ParseDate(TimeStamp);

    /// <summary>Gets or sets the sampling interval in milliseconds.</summary>
    [JsonPropertyName("sampleRateMs")]
    public double? SampleRateMs { get; set; }

    /// <summary>Gets or sets the samples: arrays <c>packetLossSend</c>, <c>packetLossRecv</c>, <c>bitrateSend</c>, <c>bitrateRecv</c>.</summary>
    [JsonPropertyName("samples")]
    public IDictionary<string, IList<double?>>? Samples { get; set; }

    /// <summary>Gets or sets the events (undefined in the spec; kept raw); null when absent.</summary>
    [JsonPropertyName("events")]
    public JsonElement? Events { get; set; }
}
