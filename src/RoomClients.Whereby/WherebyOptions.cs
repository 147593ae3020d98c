namespace RoomClients.Whereby;

/// <summary>Settings of a Whereby registration; bound from <c>RoomClients:Whereby</c> (or <c>RoomClients:&lt;name&gt;</c>) and validated at start-up.</summary>
public sealed class WherebyOptions
{
    /// <summary>The production base address, <c>https://api.whereby.dev/v1/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.whereby.dev/v1/");

    /// <summary>Gets or sets the API key from the Whereby Embedded dashboard (Configure). Required; read per request, so it can be rotated.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the API base address; <see cref="DefaultBaseAddress"/> unless you point it at a simulator or proxy. Must be https (http only on a loopback host).</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets how long a room lives when <see cref="CreateRoomRequest.EndsAt"/> is not given (Whereby requires an end); 1 hour by default, at most 366 days.</summary>
    public TimeSpan DefaultRoomLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the webhook signing secret, needed only to verify webhooks.</summary>
    public string? WebhookSigningSecret { get; set; }

    /// <summary>Gets or sets how far a webhook's timestamp may lie from now; 5 minutes by default, at most 1 hour.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the most pages a listing may span before it ends in an error (not bound from configuration; for tests).</summary>
    internal int MaxListPages { get; set; } = PagingGuard.DefaultMaxPages;

    /// <inheritdoc />
    public override string ToString() =>
        $"Whereby {BaseAddress} (api key {(string.IsNullOrEmpty(ApiKey) ? "missing" : "set")}, webhook secret {(string.IsNullOrEmpty(WebhookSigningSecret) ? "not set" : "set")})";
}
