using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>A meeting room's settings, as <c>GET /meetingRooms/{id}/settings</c> returns them and <c>PUT</c> replaces them.</summary>
public sealed class MeetingRoomSettings
{
    /// <summary>Gets or sets whether private notes are shown.</summary>
    [JsonPropertyName("showPrivateNotes")]
    public bool? ShowPrivateNotes { get; set; }

    /// <summary>Gets or sets whether presenter mode is on.</summary>
    [JsonPropertyName("presenterMode")]
    public bool? PresenterMode { get; set; }

    /// <summary>Gets or sets where participants are sent when they leave the room.</summary>
    [JsonPropertyName("forwardUrl")]
    public string? ForwardUrl { get; set; }

    /// <summary>Gets or sets every other setting, as sent (sent back unchanged by a <c>PUT</c>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
