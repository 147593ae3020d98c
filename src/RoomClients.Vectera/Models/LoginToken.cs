using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The answer of <c>POST /users/{id}/loginTokens</c>: a URL that logs the user in without a password.
/// Only "the returned URL" is documented; every field is kept in <see cref="AdditionalFields"/>.</summary>
public sealed class LoginToken
{
    /// <summary>Gets or sets the login URL.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    /// <summary>Gets or sets every other field of the answer, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
