using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>A user connected to a live session.</summary>
public sealed class EnableXUser
{
    /// <summary>Gets or sets the display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets your user reference.</summary>
    [JsonPropertyName("user_ref")]
    public string? UserRef { get; set; }

    /// <summary>Gets or sets the role.</summary>
    [JsonPropertyName("role")]
    public EnableXRole? Role { get; set; }

    /// <summary>Gets or sets the permissions (<c>publish</c>, <c>subscribe</c>, <c>record</c>, <c>stats</c>, <c>controlhandlers</c>).</summary>
    [JsonPropertyName("permissions")]
    public IDictionary<string, JsonElement>? Permissions { get; set; }
}
