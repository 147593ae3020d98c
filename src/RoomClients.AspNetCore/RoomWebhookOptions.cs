namespace RoomClients.AspNetCore;

/// <summary>How <c>MapRoomWebhooks</c> receives webhooks: <c>services.AddRoomWebhooks(o =&gt; …)</c>.</summary>
public sealed class RoomWebhookOptions
{
    /// <summary>Gets or sets the largest body accepted, in bytes; a larger one is answered 413 without being read whole (default 1 MiB).</summary>
    public long MaxBodySize { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets whether an event already taken on within its window (a provider's duplicate or retry, a replay) is acknowledged without reaching the handlers again (default <see langword="true"/>).</summary>
    public bool Deduplicate { get; set; } = true;

    /// <summary>Gets or sets how long an event is remembered; <see langword="null"/> (the default) takes each parser's <c>DeduplicationWindow</c>.</summary>
    public TimeSpan? DeduplicationWindow { get; set; }

    /// <summary>
    /// Gets or sets whether a handler's failure is answered 200 (logged, the event kept as handled: the provider does not
    /// send it again) instead of 500 (logged, the event forgotten so the provider's redelivery is handled). Default
    /// <see langword="false"/>: the providers retry a 5xx a few times (Whereby 2, Zoom 3, Daily up to 5 with
    /// <c>retryType: exponential</c>) and then give up, but Daily's default circuit breaker stops a webhook after
    /// 3 failures in a row; set this where a lost event is better than a stopped webhook.
    /// </summary>
    public bool AcknowledgeHandlerFailures { get; set; }

    /// <summary>Gets or sets the most events the in-process de-duplication remembers; past it the one closest to expiry is forgotten first (default 100,000).</summary>
    public int MaxRememberedEvents { get; set; } = 100_000;
}
