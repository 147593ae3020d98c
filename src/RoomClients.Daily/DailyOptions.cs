namespace RoomClients.Daily;

/// <summary>Settings of a Daily registration; bound from <c>RoomClients:daily</c> (or <c>RoomClients:&lt;name&gt;</c>) and validated at start-up.</summary>
public sealed class DailyOptions
{
    /// <summary>The production base address, <c>https://api.daily.co/v1/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.daily.co/v1/");

    /// <summary>The longest <see cref="DefaultRoomLifetime"/> accepted: ten years.</summary>
    public static readonly TimeSpan MaxRoomLifetime = TimeSpan.FromDays(3650);

    /// <summary>The longest <see cref="MaxHostLinkLifetime"/> accepted: one year.</summary>
    public static readonly TimeSpan MaxHostLinkLifetimeLimit = TimeSpan.FromDays(365);

    /// <summary>Gets or sets the API key of the Daily domain (dashboard, Developers). Required; read per request, so it can be rotated.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the API base address; <see cref="DefaultBaseAddress"/> unless you point it at a simulator or proxy. Must be https (http only on a loopback host).</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets how long an instant room lives (its <c>exp</c>) when <see cref="CreateRoomRequest.EndsAt"/> is not given, and how long a scheduled room lasts after its start; 1 hour by default, at most <see cref="MaxRoomLifetime"/>.</summary>
    public TimeSpan DefaultRoomLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Gets or sets the longest a host link (<see cref="Room.HostUrl"/>: the room URL with an owner meeting token) stays valid:
    /// the token expires with the room (its <c>exp</c>) or after this long, whichever comes first; 7 days by default, at
    /// most <see cref="MaxHostLinkLifetimeLimit"/>. Get a fresh host link with <see cref="IRoomService.GetRoomAsync"/>.
    /// </summary>
    public TimeSpan MaxHostLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets the webhook's <c>hmac</c> secret (base-64, as Daily shows it), needed only to verify webhooks.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Gets or sets how far a webhook's <c>X-Webhook-Timestamp</c> may lie from now; 5 minutes by default, at most 1 hour.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the most pages a listing may span before it ends in an error (not bound from configuration; for tests).</summary>
    internal int MaxListPages { get; set; } = PagingGuard.DefaultMaxPages;

    /// <inheritdoc />
    public override string ToString() =>
        $"Daily {BaseAddress} (api key {(string.IsNullOrEmpty(ApiKey) ? "missing" : "set")}, webhook secret {(string.IsNullOrEmpty(WebhookSecret) ? "not set" : "set")})";
}
