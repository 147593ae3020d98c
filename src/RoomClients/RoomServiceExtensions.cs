namespace RoomClients;

/// <summary>Typed helpers over <see cref="IRoomService"/>.</summary>
public static class RoomServiceExtensions
{
    /// <summary>
    /// Asks <paramref name="service"/> for an object of type <typeparamref name="TService"/>: the provider's typed API
    /// (<c>rooms.GetService&lt;IWherebyApi&gt;()</c>), its <see cref="RoomCapabilities"/>, the adapter or a decorator.
    /// </summary>
    /// <typeparam name="TService">The type of object sought.</typeparam>
    /// <param name="service">The service to ask.</param>
    /// <param name="serviceKey">An optional key, such as a failover member's registration name.</param>
    /// <returns>The object, or <see langword="null"/> when the service has none of that type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    public static TService? GetService<TService>(this IRoomService service, object? serviceKey = null)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.GetService(typeof(TService), serviceKey) as TService;
    }

    /// <summary>
    /// Makes a join link for one participant of a room through the service's <see cref="IRoomParticipantLinks"/>: the
    /// same as <c>service.GetService&lt;IRoomParticipantLinks&gt;().CreateParticipantLinkAsync(…)</c>, with a typed error
    /// when the provider has no participant links.
    /// </summary>
    /// <param name="service">The room service.</param>
    /// <param name="roomId">The room's id, as <see cref="Room.Id"/> gives it.</param>
    /// <param name="request">Who the link is for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    /// <exception cref="RoomFeatureNotSupportedException">The provider makes no participant links, or cannot honour a part of <paramref name="request"/>; nothing was sent.</exception>
    public static Task<ParticipantLink> CreateParticipantLinkAsync(this IRoomService service, string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default) =>
        Feature<IRoomParticipantLinks>(service, "CreateParticipantLink", "the provider makes no participant links; use Room.JoinUrl and Room.HostUrl.")
            .CreateParticipantLinkAsync(roomId, request, cancellationToken);

    /// <summary>Lists a room's recordings through the service's <see cref="IRoomRecordings"/>, page by page as enumerated.</summary>
    /// <param name="service">The room service.</param>
    /// <param name="roomId">The room's id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The recordings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    /// <exception cref="RoomFeatureNotSupportedException">The provider keeps no recordings; nothing was sent.</exception>
    public static IAsyncEnumerable<RoomRecording> ListRecordingsAsync(this IRoomService service, string roomId, CancellationToken cancellationToken = default) =>
        Recordings(service, "ListRecordings").ListRecordingsAsync(roomId, cancellationToken);

    /// <summary>Gets a time-limited download link for a recording through the service's <see cref="IRoomRecordings"/>.</summary>
    /// <param name="service">The room service.</param>
    /// <param name="roomId">The room's id.</param>
    /// <param name="recordingId">The recording's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    /// <exception cref="RoomFeatureNotSupportedException">The provider keeps no recordings; nothing was sent.</exception>
    public static Task<RoomRecordingLink> GetRecordingLinkAsync(this IRoomService service, string roomId, string recordingId, CancellationToken cancellationToken = default) =>
        Recordings(service, "GetRecordingLink").GetRecordingLinkAsync(roomId, recordingId, cancellationToken);

    /// <summary>Deletes a recording through the service's <see cref="IRoomRecordings"/>.</summary>
    /// <param name="service">The room service.</param>
    /// <param name="roomId">The room's id.</param>
    /// <param name="recordingId">The recording's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the provider has accepted the deletion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    /// <exception cref="RoomFeatureNotSupportedException">The provider keeps no recordings or cannot delete them; nothing was sent.</exception>
    public static Task DeleteRecordingAsync(this IRoomService service, string roomId, string recordingId, CancellationToken cancellationToken = default) =>
        Recordings(service, "DeleteRecording").DeleteRecordingAsync(roomId, recordingId, cancellationToken);

    private static IRoomRecordings Recordings(IRoomService service, string operation) =>
        Feature<IRoomRecordings>(service, operation, "the provider keeps no recordings.");

    private static T Feature<T>(IRoomService service, string operation, string reason)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.GetService<T>() ?? throw new RoomFeatureNotSupportedException(service.Provider, operation, reason);
    }
}
