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

    /// <summary>Gets or sets the API base address; <see cref="DefaultBaseAddress"/> unless you point it at a simulator or a compatible server.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>
    /// Gets or sets a secret that every Meetings callback must carry as <c>?secret=…</c> in its URL. Vonage signs no
    /// Meetings callback, so register your callback URLs with this secret (at least 16 characters; 32 random ones is
    /// good) and the registered <see cref="VonageCallbackParser"/> rejects callbacks without it. Unset: callbacks are
    /// parsed unauthenticated.
    /// </summary>
    public string? CallbackSecret { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Vonage Meetings {BaseAddress} (application {(string.IsNullOrEmpty(ApplicationId) ? "missing" : ApplicationId)}, private key {(!string.IsNullOrEmpty(PrivateKey) ? "set" : !string.IsNullOrEmpty(PrivateKeyPath) ? "from file" : "missing")}, token lifetime {TokenLifetime}, callback secret {(string.IsNullOrEmpty(CallbackSecret) ? "not set" : "set")})";
}
