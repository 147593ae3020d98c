using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary>The body of <c>POST /rooms/{room_id}/tokens</c>.</summary>
public sealed class EnableXCreateTokenRequest
{
    /// <summary>Gets or sets the display name (required).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; set; }

    /// <summary>Gets or sets the role (required): <c>moderator</c>, <c>participant</c> or <c>viewer</c> (see <see cref="EnableXRole"/>).</summary>
    [JsonPropertyName("role")]
    public EnableXRole Role { get; set; } = EnableXRole.Participant;

    /// <summary>Gets or sets your user reference (required; appears in CDRs).</summary>
    [JsonPropertyName("user_ref")]
    public required string UserRef { get; set; }

    /// <summary>Gets or sets up to 5 custom keys, visible to others in the session.</summary>
    [JsonPropertyName("data")]
    public IDictionary<string, JsonElement>? Data { get; set; }
}
