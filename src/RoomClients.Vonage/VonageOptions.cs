namespace RoomClients.Vonage;

/// <summary>Settings of a Vonage Meetings registration; bound from <c>RoomClients:Vonage</c> (or <c>RoomClients:&lt;name&gt;</c>) and validated at start-up.</summary>
public sealed class VonageOptions
{
    /// <summary>The production base address, <c>https://api-eu.vonage.com/v1/meetings/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api-eu.vonage.com/v1/meetings/");

    /// <summary>The longest token lifetime Vonage honours: 24 hours.</summary>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromHours(24);

    /// <summary>Gets or sets the id (UUID) of the Vonage Application that has the Meetings capability. Required.</summary>
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>Gets or sets the application's private key as PEM text (PKCS#1 <c>BEGIN RSA PRIVATE KEY</c> or PKCS#8 <c>BEGIN PRIVATE KEY</c>). Set this or <see cref="PrivateKeyPath"/>.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>Gets or sets the path of a PEM file holding the application's private key. Set this or <see cref="PrivateKey"/>.</summary>
    public string? PrivateKeyPath { get; set; }

    /// <summary>Gets or sets the <c>exp</c> of each application JWT, counted from <c>iat</c>; 15 minutes by default, at most 24 hours. Tokens are reused until shortly before they expire.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the API base address; <see cref="DefaultBaseAddress"/> unless you point it at a simulator or a compatible server. Must be https (http only on a loopback host).</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// Gets or sets a secret that every Meetings callback must carry as <c>?secret=…</c> in its URL. Vonage signs no
    /// Meetings callback, so register your callback URLs with this secret (at least 16 characters; 32 random ones is
    /// good) and the registered <see cref="VonageCallbackParser"/> rejects callbacks without it. Put it in the URL as is
    /// or escaped with <c>Uri.EscapeDataString</c>; both match. Unset: the registered parser refuses every callback,
    /// unless <see cref="AllowUnauthenticatedCallbacks"/> is set.
    /// </summary>
    public string? CallbackSecret { get; set; }

    /// <summary>
    /// Gets or sets whether the registered <see cref="VonageCallbackParser"/> accepts callbacks without a
    /// <see cref="CallbackSecret"/>, that is, from anyone who can reach your endpoint. <see langword="false"/> by default:
    /// without a secret, resolving the parser fails and parsing refuses. Set it only when callbacks are authenticated some
    /// other way (a private network, a gateway).
    /// </summary>
    public bool AllowUnauthenticatedCallbacks { get; set; }

    /// <summary>Gets or sets the most pages a listing may span before it ends in an error (not bound from configuration; for tests).</summary>
    internal int MaxListPages { get; set; } = PagingGuard.DefaultMaxPages;

    /// <inheritdoc />
    public override string ToString() =>
        $"Vonage Meetings {BaseAddress} (application {(string.IsNullOrEmpty(ApplicationId) ? "missing" : ApplicationId)}, private key {(!string.IsNullOrEmpty(PrivateKey) ? "set" : !string.IsNullOrEmpty(PrivateKeyPath) ? "from file" : "missing")}, token lifetime {TokenLifetime}, callback secret {(string.IsNullOrEmpty(CallbackSecret) ? (AllowUnauthenticatedCallbacks ? "not set, unauthenticated callbacks allowed" : "not set") : "set")})";
}
