using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>A Vectera meeting room, as <c>/meetingRooms</c> returns it. Vectera advises relying only on <c>id</c>, <c>key</c>,
/// <c>url</c>, <c>ownerId</c>, <c>dateCreated</c>, <c>locked</c> and <c>trashed</c>; other fields land in <see cref="AdditionalFields"/>.</summary>
public sealed class MeetingRoom
{
    /// <summary>Gets or sets the room id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the room name, also used in the room link.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Gets or sets the public guest link, usable at once.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    /// <summary>Gets or sets the id of the user who owns (hosts) the room.</summary>
    [JsonPropertyName("ownerId")]
    public string? OwnerId { get; set; }

    /// <summary>Gets or sets when the room was created.</summary>
    [JsonPropertyName("dateCreated")]
    public DateTimeOffset? DateCreated { get; set; }

    /// <summary>Gets or sets whether guests must knock (older API field).</summary>
    [JsonPropertyName("locked")]
    public bool? Locked { get; set; }

    /// <summary>Gets or sets whether the room is in the trash.</summary>
    [JsonPropertyName("trashed")]
    public bool? Trashed { get; set; }

    /// <summary>Gets or sets the guests' access level: <c>can_always_join</c> or <c>should_knock</c>.</summary>
    [JsonPropertyName("publicAccessLevel")]
    public VecteraAccessLevel? PublicAccessLevel { get; set; }

    /// <summary>Gets or sets the team members' access level.</summary>
    [JsonPropertyName("teamAccessLevel")]
    public VecteraAccessLevel? TeamAccessLevel { get; set; }

    /// <summary>Gets or sets every other field of the answer, as sent (fields may change, says Vectera).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
