namespace RoomClients;

/// <summary>
/// A room's recordings: list them, get a time-limited download link, delete one. An optional feature of an
/// <see cref="IRoomService"/>: reach it with <c>rooms.GetService&lt;IRoomRecordings&gt;()</c> (<see langword="null"/> when
/// the provider keeps no recordings) or the extension methods on the room service
/// (<see cref="RoomServiceExtensions.ListRecordingsAsync"/>…); see <see cref="RoomCapabilities.SupportsRecordings"/> and
/// <see cref="RoomCapabilities.CanDeleteRecordings"/>.
/// </summary>
public interface IRoomRecordings
{
    /// <summary>Lists the recordings of the room <paramref name="roomId"/>, fetching pages lazily as the sequence is enumerated.</summary>
    /// <param name="roomId">The room's id, as <see cref="Room.Id"/> gives it.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The recordings, newest first where the provider orders them.</returns>
    /// <exception cref="RoomValidationException">The id is invalid; nothing was sent.</exception>
    IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary>Gets a time-limited link that downloads one recording.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <param name="recordingId">The recording's id, as <see cref="RoomRecording.Id"/> gives it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link and until when it works.</returns>
    /// <exception cref="RoomNotFoundException">No such recording in that room.</exception>
    /// <exception cref="RoomConflictException">The recording is not ready to download yet.</exception>
    Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default);

    /// <summary>Deletes one recording.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <param name="recordingId">The recording's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the provider has accepted the deletion.</returns>
    /// <exception cref="RoomFeatureNotSupportedException">The provider cannot delete recordings (see <see cref="RoomCapabilities.CanDeleteRecordings"/>); nothing was sent.</exception>
    /// <exception cref="RoomNotFoundException">No such recording in that room.</exception>
    Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default);
}
