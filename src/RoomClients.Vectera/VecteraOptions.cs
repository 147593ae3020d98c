namespace RoomClients.Vectera;

/// <summary>Settings of a Vectera registration; bound from <c>RoomClients:Vectera</c> (or <c>RoomClients:&lt;name&gt;</c>) and validated at start-up.</summary>
public sealed class VecteraOptions
{
    /// <summary>The production base address, <c>https://www.vectera.com/api/v2/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://www.vectera.com/api/v2/");

    /// <summary>Gets or sets the API token Vectera issues on request (sent as <c>Authorization: Token …</c>). Required; read per request, so it can be rotated.</summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>Gets or sets the API base address; <see cref="DefaultBaseAddress"/> unless you use your own Vectera domain, a proxy or a simulator. Must be https (http only on a loopback host).</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets the most pages a listing may span before it ends in an error (not bound from configuration; for tests).</summary>
    internal int MaxListPages { get; set; } = PagingGuard.DefaultMaxPages;

    /// <inheritdoc />
    public override string ToString() =>
        $"Vectera {BaseAddress} (api token {(string.IsNullOrEmpty(ApiToken) ? "missing" : "set")})";
}
