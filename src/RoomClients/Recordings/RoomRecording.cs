using System.Text.Json.Serialization;

namespace RoomClients;

/// <summary>One recording of a room, as every provider describes it.</summary>
public sealed class RoomRecording
{
    /// <summary>Gets the recording's id: pass it back with the room's id to <see cref="IRoomRecordings.GetRecordingLinkAsync"/> and <see cref="IRoomRecordings.DeleteRecordingAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the room's id, as the service that listed the recording knows it (<see cref="Room.Id"/>).</summary>
    public required string RoomId { get; init; }

    /// <summary>Gets the provider name.</summary>
    public required string Provider { get; init; }

    /// <summary>Gets where the recording stands.</summary>
    public RoomRecordingState State { get; init; }

    /// <summary>Gets the provider's own name for the state, such as <c>finished</c>, when it gives one.</summary>
    public string? ProviderState { get; init; }

    /// <summary>Gets when the recording started, when the provider says.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets how long the recording lasts, when the provider says.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Gets the recording's size in bytes, when the provider says.</summary>
    public long? SizeInBytes { get; init; }

    /// <summary>Gets the provider's own object the recording was mapped from; not serialized.</summary>
    [JsonIgnore]
    public object? RawRepresentation { get; init; }

    /// <summary>Returns this recording as a composing service (a failover) returns it, naming the room by <paramref name="roomId"/>.</summary>
    internal RoomRecording ServedAs(string roomId) => string.Equals(roomId, RoomId, StringComparison.Ordinal) ? this : new()
    {
        RoomId = roomId,
        Id = Id,
        Provider = Provider,
        State = State,
        ProviderState = ProviderState,
        StartedAt = StartedAt,
        Duration = Duration,
        SizeInBytes = SizeInBytes,
        RawRepresentation = RawRepresentation,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Provider}:{RoomId} recording {Id} ({State})";
}
