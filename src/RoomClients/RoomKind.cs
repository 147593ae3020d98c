using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>How long a room lives. Serialized by name (<c>"Instant"</c>, <c>"Scheduled"</c>, <c>"Permanent"</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RoomKind>))]
public enum RoomKind
{
    /// <summary>Usable from creation, for a limited time or until its end.</summary>
    Instant = 0,

    /// <summary>Booked for a given start (and usually an end or a duration).</summary>
    Scheduled = 1,

    /// <summary>Lives until it is deleted.</summary>
    Permanent = 2,
}
