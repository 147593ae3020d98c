using System.Text.Json.Serialization;

namespace RoomClients.Daily.Models;

/// <summary>A webhook, as <c>/webhooks</c> returns it (camelCase on the wire). It holds the signing secret (<see cref="Hmac"/>) and the Basic credential Daily sends back: <see cref="ToString"/> never shows them.</summary>
public sealed class Webhook
{
    /// <summary>Gets or sets <c>uuid</c>.</summary>
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    /// <summary>Gets or sets <c>url</c>, where Daily posts events.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    /// <summary>Gets or sets <c>hmac</c>, the base-64 signing secret; configure it as <see cref="DailyOptions.WebhookSecret"/>.</summary>
    [JsonPropertyName("hmac")]
    public string? Hmac { get; set; }

    /// <summary>Gets or sets <c>basicAuth</c>, sent back as <c>Authorization: Basic &lt;value&gt;</c>.</summary>
    [JsonPropertyName("basicAuth")]
    public string? BasicAuth { get; set; }

    /// <summary>Gets or sets <c>retryType</c>: <c>circuit-breaker</c> (default) or <c>exponential</c>.</summary>
    [JsonPropertyName("retryType")]
    public string? RetryType { get; set; }

    /// <summary>Gets or sets <c>eventTypes</c>.</summary>
    [JsonPropertyName("eventTypes")]
    public IList<string>? EventTypes { get; set; }

    /// <summary>Gets or sets <c>state</c>: <c>ACTIVE</c>, <c>FAILED</c>, <c>INACTIVE</c> or <c>STOPPED</c> (numbers are read as these names).</summary>
    [JsonPropertyName("state")]
    [JsonConverter(typeof(DailyWebhookStateConverter))]
    public string? State { get; set; }

    /// <summary>Gets or sets <c>failedCount</c>, consecutive failed deliveries.</summary>
    [JsonPropertyName("failedCount")]
    [JsonConverter(typeof(DailyFlexibleInt64Converter))]
    public long? FailedCount { get; set; }

    /// <summary>Gets or sets <c>lastMomentPushed</c>.</summary>
    [JsonPropertyName("lastMomentPushed")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? LastMomentPushed { get; set; }

    /// <summary>Gets or sets <c>domainId</c>.</summary>
    [JsonPropertyName("domainId")]
    public string? DomainId { get; set; }

    /// <summary>Gets or sets <c>createdAt</c>.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets <c>updatedAt</c>.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(DailyUnixTimeConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"Daily webhook {Uuid} → {Url} ({State}; hmac {(string.IsNullOrEmpty(Hmac) ? "not set" : "redacted")})";
}
