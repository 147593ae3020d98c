using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>
/// Zoom-only settings of a meeting; add to <see cref="CreateRoomRequest.ProviderOptions"/> (or
/// <see cref="UpdateRoomRequest.ProviderOptions"/>, where <see cref="UserId"/> does not apply).
/// </summary>
public sealed class ZoomRoomOptions : ProviderRoomOptions
{
    /// <inheritdoc />
    public override string Provider => RoomProviders.Zoom;

    /// <summary>Gets or sets the host to create the meeting for (a Zoom user id or email); <see cref="ZoomOptions.UserId"/> by default. Create only.</summary>
    public string? UserId { get; set; }

    /// <summary>Gets or sets the email or id of a user to schedule the meeting for (<c>schedule_for</c>).</summary>
    public string? ScheduleFor { get; set; }

    /// <summary>Gets or sets the passcode (at most 10 characters of <c>a-z A-Z 0-9 @ - _ *</c>); Zoom generates one when the account requires it.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the agenda (at most 2,000 characters).</summary>
    public string? Agenda { get; set; }

    /// <summary>Gets or sets the time zone shown to participants, such as <c>Europe/Paris</c> (times are always sent in UTC).</summary>
    public string? Timezone { get; set; }

    /// <summary>Gets or sets the recurrence: with <see cref="RoomKind.Scheduled"/> the meeting becomes a recurring meeting with fixed times (type 8).</summary>
    public ZoomRecurrence? Recurrence { get; set; }

    /// <summary>
    /// Gets or sets Zoom's meeting settings (video, audio, join before host, registration, authentication, encryption…).
    /// <see cref="ZoomMeetingSettings.WaitingRoom"/> and <see cref="ZoomMeetingSettings.AutoRecording"/> cannot be combined
    /// with <see cref="CreateRoomRequest.Locked"/> and <see cref="CreateRoomRequest.RecordAutomatically"/>.
    /// </summary>
    public ZoomMeetingSettings? Settings { get; set; }

    /// <summary>Gets tracking fields to set.</summary>
    public IList<ZoomTrackingField> TrackingFields { get; } = [];
}
