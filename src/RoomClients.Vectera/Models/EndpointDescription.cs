using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The answer to an <c>OPTIONS</c> request: the endpoint and, per write method, its accepted fields
/// (Django REST Framework metadata shape: <c>name</c>, <c>description</c>, <c>actions</c>).</summary>
public sealed class EndpointDescription
{
    /// <summary>Gets or sets the endpoint's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the endpoint's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the media types the endpoint renders.</summary>
    [JsonPropertyName("renders")]
    public IList<string>? Renders { get; set; }

    /// <summary>Gets or sets the media types the endpoint parses.</summary>
    [JsonPropertyName("parses")]
    public IList<string>? Parses { get; set; }

    /// <summary>Gets or sets the accepted fields per HTTP method (<c>POST</c>, <c>PUT</c>…), keyed by field name.</summary>
    [JsonPropertyName("actions")]
    public IDictionary<string, IDictionary<string, FieldDescription>>? Actions { get; set; }

    /// <summary>Gets or sets every other field of the answer, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
