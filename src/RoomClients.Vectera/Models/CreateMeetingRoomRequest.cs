using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>POST /meetingRooms</c>; set <see cref="TemplateId"/> to create the room from a template.</summary>
public sealed class CreateMeetingRoomRequest
{
    /// <summary>Gets or sets the room name, also used in the link (such as <c>meeting-room-1</c>); random when omitted.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Gets or sets a preferred name Vectera may adjust when taken; not together with <see cref="Key"/>.</summary>
    [JsonPropertyName("preferredKey")]
    public string? PreferredKey { get; set; }

    /// <summary>Gets or sets the template to copy (documents, private notes, settings).</summary>
    [JsonPropertyName("templateId")]
    public string? TemplateId { get; set; }

    /// <summary>Gets or sets the owner (host) user id; omit for the token's user.</summary>
    [JsonPropertyName("ownerId")]
    public string? OwnerId { get; set; }

    /// <summary>Gets or sets the guests' access level; see <see cref="VecteraAccessLevel"/>.</summary>
    [JsonPropertyName("publicAccessLevel")]
    public VecteraAccessLevel? PublicAccessLevel { get; set; }

    /// <summary>Gets or sets the team members' access level.</summary>
    [JsonPropertyName("teamAccessLevel")]
    public VecteraAccessLevel? TeamAccessLevel { get; set; }
}
