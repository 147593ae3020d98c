using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>A meeting-room template, as <c>/meetingRoomTemplates</c> returns it.</summary>
public sealed class MeetingRoomTemplate
{
    /// <summary>Gets or sets the template id (pass it as <c>templateId</c> to create a room from it).</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the template name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets every other field of the answer, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
