using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>PATCH</c> (or <c>PUT</c>) <c>/meetingRooms/{id}</c>; unset fields are not sent.</summary>
public sealed class UpdateMeetingRoomRequest
{
    /// <summary>Gets or sets a new room name (changes the link).</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Gets or sets a new owner user id.</summary>
    [JsonPropertyName("ownerId")]
    public string? OwnerId { get; set; }

    /// <summary>Gets or sets the guests' access level; see <see cref="VecteraAccessLevel"/>.</summary>
    [JsonPropertyName("publicAccessLevel")]
    public VecteraAccessLevel? PublicAccessLevel { get; set; }

    /// <summary>Gets or sets the team members' access level.</summary>
    [JsonPropertyName("teamAccessLevel")]
    public VecteraAccessLevel? TeamAccessLevel { get; set; }
}
