using System.Text.Json.Serialization;

namespace RoomClients.Vonage.Models;

/// <summary>The body of <c>PATCH /rooms/{id}</c>: <c>{"update_details": {…}}</c>.</summary>
public sealed class UpdateVonageRoomRequest
{
    /// <summary>Gets or sets the changes.</summary>
    [JsonPropertyName("update_details")]
    public required RoomUpdateDetails UpdateDetails { get; set; }
}
