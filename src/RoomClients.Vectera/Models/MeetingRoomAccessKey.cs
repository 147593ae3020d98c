using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoomClients.Vectera.Models;

/// <summary>A meeting-room permission (access key), as <c>POST /permissions</c> returns it: append the 30-character
/// <see cref="AccessKey"/> to the room link to enter without knocking, or as host.</summary>
public sealed class MeetingRoomAccessKey
{
    /// <summary>Gets or sets the permission id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the meeting room.</summary>
    [JsonPropertyName("meetingRoomId")]
    public string? MeetingRoomId { get; set; }

    /// <summary>Gets or sets the access level: <c>can_always_join</c> or <c>is_host</c>.</summary>
    [JsonPropertyName("accessLevel")]
    public string? AccessLevel { get; set; }

    /// <summary>Gets or sets the access key.</summary>
    [JsonPropertyName("accessKey")]
    public string? AccessKey { get; set; }

    /// <summary>Gets or sets the room link with the access key in it, when Vectera sends one (not documented; the SDK
    /// otherwise appends <c>accessKey=</c> to the room's <c>url</c>).</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; set; }

    /// <summary>Gets or sets the e-mail address invited.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the user invited.</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; set; }

    /// <summary>Gets or sets every other field of the answer, as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalFields { get; set; }
}
