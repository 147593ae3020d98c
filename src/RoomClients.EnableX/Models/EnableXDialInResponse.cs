using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The answer of <c>GET /dialin/</c>: the account's dial-in numbers and SIP configuration (the docs' example has no <c>result</c> key).</summary>
public sealed class EnableXDialInResponse : EnableXResult
{
    /// <summary>Gets or sets the dial-in numbers.</summary>
    [JsonPropertyName("dialin")]
    public IList<EnableXDialInNumber>? DialIn { get; set; }

    /// <summary>Gets or sets the SIP configuration (<c>server_url</c>, <c>username</c>, <c>password</c>, servers), kept as JSON.</summary>
    [JsonPropertyName("sip")]
    public JsonElement? Sip { get; set; }

    /// <summary>Gets or sets the account settings (such as <c>{"sip": true}</c>), kept as JSON.</summary>
    [JsonPropertyName("settings")]
    public JsonElement? Settings { get; set; }
}
