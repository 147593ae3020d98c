namespace RoomClients.Zoom;

/// <summary>
/// Settings of a Zoom registration; bound from <c>RoomClients:zoom</c> (or <c>RoomClients:&lt;name&gt;</c>) and validated at
/// start-up. The credentials are those of a Server-to-Server OAuth app (Zoom App Marketplace, Develop → Build app →
/// Server-to-Server OAuth): they are read for every token request, so they rotate without a restart.
/// </summary>
public sealed class ZoomOptions
{
    /// <summary>The production API base address, <c>https://api.zoom.us/v2/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.zoom.us/v2/");

    /// <summary>The production OAuth base address, <c>https://zoom.us/</c> (the token endpoint is <c>oauth/token</c> below it).</summary>
    public static readonly Uri DefaultOAuthBaseAddress = new("https://zoom.us/");

    /// <summary>Gets or sets the Server-to-Server OAuth app's account ID. Required.</summary>
    public string AccountId { get; set; } = string.Empty;

    /// <summary>Gets or sets the app's client ID. Required.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Gets or sets the app's client secret. Required; never logged or put in an exception.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Gets or sets the API base address; <see cref="DefaultBaseAddress"/> unless you point it at a simulator or proxy. Must be https (http only on a loopback host).</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets the OAuth base address; <see cref="DefaultOAuthBaseAddress"/> unless you point it at a simulator. Must be https (http only on a loopback host).</summary>
    public Uri OAuthBaseAddress { get; set; } = DefaultOAuthBaseAddress;

    /// <summary>
    /// Gets or sets the user whose meetings <see cref="IRoomService"/> creates and lists: a Zoom user id or email, or
    /// <c>me</c> (the default: with a Server-to-Server app, the account owner the token is issued for). A room can name
    /// another host with <see cref="ZoomRoomOptions.UserId"/>.
    /// </summary>
    public string UserId { get; set; } = "me";

    /// <summary>Gets or sets the webhook secret token (the app's Feature page, Event Subscriptions), needed only to verify webhooks and answer URL validation.</summary>
    public string? WebhookSecretToken { get; set; }

    /// <summary>Gets or sets how far a webhook's <c>x-zm-request-timestamp</c> may lie from now; 5 minutes by default, at most 1 hour.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the most pages a listing may span before it ends in an error (not bound from configuration; for tests).</summary>
    internal int MaxListPages { get; set; } = PagingGuard.DefaultMaxPages;

    /// <inheritdoc />
    public override string ToString() =>
        $"Zoom {BaseAddress} (OAuth {OAuthBaseAddress}, account {(string.IsNullOrEmpty(AccountId) ? "missing" : "set")}, client id {(string.IsNullOrEmpty(ClientId) ? "missing" : "set")}, client secret {(string.IsNullOrEmpty(ClientSecret) ? "missing" : "set")}, user {UserId}, webhook secret {(string.IsNullOrEmpty(WebhookSecretToken) ? "not set" : "set")})";
}
