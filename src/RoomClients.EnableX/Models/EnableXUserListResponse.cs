using System.Text.Json.Serialization;

namespace RoomClients.EnableX.Models;

/// <summary><c>{"result":0,"total":n,"users":[…]}</c>; empty or null when the room is not live.</summary>
public sealed class EnableXUserListResponse : EnableXResult
{
    /// <summary>Gets or sets the number of users.</summary>
    [JsonPropertyName("total")]
    [JsonConverter(typeof(LenientInt32Converter))]
    public int? Total { get; set; }

    /// <summary>Gets or sets the users.</summary>
    [JsonPropertyName("users")]
    public IList<EnableXUser>? Users { get; set; }
}
