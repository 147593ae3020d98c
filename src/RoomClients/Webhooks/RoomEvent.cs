using System.Text.Json;

namespace RoomClients.Webhooks;

/// <summary>A provider's webhook or callback, in neutral terms, with its raw payload kept.</summary>
public sealed class RoomEvent
{
    /// <summary>Gets the provider's event id, when it gives one; use it to drop duplicates.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the provider name.</summary>
    public required string Provider { get; init; }

    /// <summary>Gets what happened.</summary>
    public required RoomEventType Type { get; init; }

    /// <summary>Gets the provider's own event name, such as <c>room.client.joined</c>.</summary>
    public required string ProviderEventType { get; init; }

    /// <summary>Gets when it happened (or when the provider sent it).</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Gets the room's id, as <see cref="Room.Id"/> gives it, when the event names it.</summary>
    public string? RoomId { get; init; }

    /// <summary>Gets the room's name, when the provider names rooms apart from their id.</summary>
    public string? RoomName { get; init; }

    /// <summary>Gets the session (meeting) id.</summary>
    public string? SessionId { get; init; }

    /// <summary>Gets the participant's id, for participant events.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>
    /// Gets the application's own id for the participant, as given in <see cref="ParticipantLinkRequest.ExternalParticipantId"/>
    /// when the participant's link was made, where the provider echoes it (see <see cref="RoomCapabilities.SupportsExternalParticipantIds"/>).
    /// </summary>
    public string? ExternalParticipantId { get; init; }

    /// <summary>Gets the participant's display name, for participant events.</summary>
    public string? ParticipantName { get; init; }

    /// <summary>Gets the recording's id, for recording events.</summary>
    public string? RecordingId { get; init; }

    /// <summary>Gets the transcription's id, for transcription events.</summary>
    public string? TranscriptionId { get; init; }

    /// <summary>Gets the whole payload as the provider sent it.</summary>
    public JsonElement RawPayload { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Provider} {ProviderEventType} ({Type}) room={RoomId ?? RoomName}";
}
