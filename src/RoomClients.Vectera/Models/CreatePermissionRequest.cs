using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>The body of <c>POST /permissions</c>: gives a guest (by <see cref="Email"/>) or a user (by <see cref="UserId"/>,
/// not both) an access key to a meeting room.</summary>
public sealed class CreatePermissionRequest
{
    /// <summary>Gets or sets the meeting room (required).</summary>
    [JsonPropertyName("meetingRoomId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string MeetingRoomId { get; set; }

    /// <summary>Gets or sets the access: <c>can_always_join</c> (enter without knocking) or <c>is_host</c> (host rights); see <see cref="VecteraAccessLevel"/>.</summary>
    [JsonPropertyName("accessLevel")]
    public VecteraAccessLevel? AccessLevel { get; set; }

    /// <summary>Gets or sets the e-mail address of the person invited; not together with <see cref="UserId"/>.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the user invited; not together with <see cref="Email"/>.</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; set; }

    /// <summary>Gets or sets a message for the invitation.</summary>
    [JsonPropertyName("inviteMessage")]
    public string? InviteMessage { get; set; }
}
