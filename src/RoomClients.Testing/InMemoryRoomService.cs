using System.Globalization;
using System.Runtime.CompilerServices;

namespace RoomClients.Testing;

/// <summary>
/// A complete, thread-safe <see cref="IRoomService"/> held in memory: every kind, update, delete, lazy paging, the same
/// validation as the adapters (the shared checks they run: ids, capabilities, page sizes, end after start, future times). For unit tests of code that uses
/// <see cref="IRoomService"/>, and for demos with no provider at all.
/// </summary>
public sealed class InMemoryRoomService : IRoomService, IRoomParticipantLinks, IRoomRecordings
{
    private static readonly RoomCapabilities InMemoryCapabilities = new()
    {
        SupportedKinds = [RoomKind.Instant, RoomKind.Scheduled, RoomKind.Permanent],
        CanUpdate = true,
        CanList = true,
        CanDelete = true,
        SupportsTemplates = false,
        SupportsDisplayName = true,
        SupportsMetadata = true,
        SupportsAutomaticRecording = true,
        SupportsLocking = true,
        HasHostUrl = true,
        MaxPageSize = 100,
        ParticipantRoles = [RoomParticipantRole.Guest, RoomParticipantRole.Host, RoomParticipantRole.Viewer],
        SupportsParticipantNames = true,
        SupportsHostParticipantNames = true,
        SupportsExternalParticipantIds = true,
        SupportsParticipantLinkExpiry = true,
        SupportsRecordings = true,
        CanDeleteRecordings = true,
    };

    /// <summary>How long a recording's download link works.</summary>
    private static readonly TimeSpan RecordingLinkLifetime = TimeSpan.FromHours(1);

    private readonly Dictionary<string, Room> _rooms = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, List<RoomRecording>> _recordings = new(StringComparer.Ordinal);
    private long _nextRecordingId;
    private readonly TimeProvider _time;
    private readonly Uri _baseUrl;
    private long _nextId;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="timeProvider">The clock (default: system).</param>
    /// <param name="baseUrl">The base of the generated join URLs (default <c>https://rooms.example.test/</c>).</param>
    public InMemoryRoomService(TimeProvider? timeProvider = null, Uri? baseUrl = null)
    {
        _time = timeProvider ?? TimeProvider.System;
        _baseUrl = baseUrl ?? new Uri("https://rooms.example.test/");
    }

    /// <inheritdoc />
    public string Provider => RoomProviders.InMemory;

    /// <inheritdoc />
    public RoomCapabilities Capabilities => InMemoryCapabilities;

    /// <summary>Returns this service, or its <see cref="RoomCapabilities"/>, when <paramref name="serviceType"/> fits; <see langword="null"/> for any key.</summary>
    /// <param name="serviceType">The type of object sought.</param>
    /// <param name="serviceKey">An optional key; this service knows none.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType.IsInstanceOfType(this) ? this
            : serviceType.IsInstanceOfType(Capabilities) ? Capabilities
            : null;
    }

    /// <summary>Gets the number of rooms that exist now.</summary>
    public int Count
    {
        get
        {
            lock (_rooms)
            {
                return _rooms.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        var kind = RoomSupport.Check(Provider, InMemoryCapabilities, request, now, static feature =>
            feature == "CreateRoomRequest.TemplateId" ? "The in-memory service has no templates." : null);
        var id = Interlocked.Increment(ref _nextId).ToString("D6", CultureInfo.InvariantCulture);
        var room = new Room
        {
            Id = id,
            Provider = Provider,
            DisplayName = request.DisplayName,
            Kind = kind,
            JoinUrl = new Uri(_baseUrl, $"r/{id}"),
            HostUrl = new Uri(_baseUrl, $"r/{id}?host=1"),
            StartsAt = request.StartsAt ?? now,
            EndsAt = request.EndsAt,
            CreatedAt = now,
            Metadata = new Dictionary<string, string>(request.Metadata, StringComparer.Ordinal),
        };
        lock (_rooms)
        {
            _rooms[id] = room;
            _order.Add(id);
        }

        return Task.FromResult(room);
    }

    /// <inheritdoc />
    public Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CheckId(roomId);
        lock (_rooms)
        {
            return _rooms.TryGetValue(roomId, out var room) ? Task.FromResult(room) : throw NotFound(roomId);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pageSize = RoomGuard.PageSize(Provider, query?.PageSize, InMemoryCapabilities.MaxPageSize) ?? 50;

        var index = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<Room> page;
            lock (_rooms)
            {
                page = _order.Skip(index).Take(pageSize).Where(_rooms.ContainsKey).Select(id => _rooms[id]).ToList();
                index += pageSize;
                if (page.Count == 0 && index >= _order.Count)
                {
                    yield break;
                }
            }

            foreach (var room in page)
            {
                yield return room;
            }

            await Task.Yield();
        }
    }

    /// <inheritdoc />
    public Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CheckId(roomId);
        RoomGuard.NotNull(Provider, request, nameof(request));

        lock (_rooms)
        {
            if (!_rooms.TryGetValue(roomId, out var room))
            {
                throw NotFound(roomId);
            }

            // The rules of the adapters that can update (EnableX): only scheduled rooms move their start, permanent rooms have no end.
            RoomGuard.Unsupported(Provider, request.StartsAt is not null && room.Kind != RoomKind.Scheduled, "UpdateRoomRequest.StartsAt", "only scheduled rooms have a start time.");
            RoomGuard.Unsupported(Provider, request.EndsAt is not null && room.Kind == RoomKind.Permanent, "UpdateRoomRequest.EndsAt", "permanent rooms have no end.");
            var now = _time.GetUtcNow();
            RoomGuard.Future(Provider, request.StartsAt, now, "StartsAt");
            RoomGuard.Future(Provider, request.EndsAt, now, "EndsAt");
            var startsAt = request.StartsAt ?? room.StartsAt;
            var endsAt = request.EndsAt ?? room.EndsAt;
            if (request.StartsAt is not null || request.EndsAt is not null)
            {
                RoomGuard.Ordered(Provider, startsAt, endsAt, "EndsAt");
            }

            var metadata = new Dictionary<string, string>(room.Metadata, StringComparer.Ordinal);
            foreach (var entry in request.Metadata)
            {
                metadata[entry.Key] = entry.Value;
            }

            var updated = new Room
            {
                Id = room.Id,
                Provider = room.Provider,
                DisplayName = request.DisplayName ?? room.DisplayName,
                Kind = room.Kind,
                JoinUrl = room.JoinUrl,
                HostUrl = room.HostUrl,
                StartsAt = startsAt,
                EndsAt = endsAt,
                CreatedAt = room.CreatedAt,
                Metadata = metadata,
            };
            _rooms[roomId] = updated;
            return Task.FromResult(updated);
        }
    }

    /// <inheritdoc />
    public Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CheckId(roomId);
        lock (_rooms)
        {
            _recordings.Remove(roomId);
            return _rooms.Remove(roomId) ? Task.CompletedTask : throw NotFound(roomId);
        }
    }

    /// <summary>Makes a link that names the room, the role and each part asked for, after the same checks as the adapters.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <param name="request">Who the link is for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link.</returns>
    public Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        ParticipantGuard.Link(Provider, InMemoryCapabilities, roomId, request, now);
        Room room;
        lock (_rooms)
        {
            room = _rooms.TryGetValue(roomId, out var found) ? found : throw NotFound(roomId);
        }

        var query = new List<string> { $"role={request.Role.ToString().ToLowerInvariant()}" };
        if (request.DisplayName is { } name)
        {
            query.Add($"name={Uri.EscapeDataString(name)}");
        }

        if (request.ExternalParticipantId is { } external)
        {
            query.Add($"participant={Uri.EscapeDataString(external)}");
        }

        if (request.ExpiresAt is { } expires)
        {
            query.Add($"expires={expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        }

        return Task.FromResult(new ParticipantLink
        {
            Url = new Uri(_baseUrl, $"r/{room.Id}?{string.Join('&', query)}"),
            Role = request.Role,
            RoomId = room.Id,
            Provider = Provider,
            ExpiresAt = request.ExpiresAt,
            DisplayName = request.DisplayName,
            ExternalParticipantId = request.ExternalParticipantId,
        });
    }

    /// <summary>Adds a finished recording to a room, as a provider would after a recorded meeting.</summary>
    /// <param name="roomId">The room's id.</param>
    /// <param name="duration">How long it lasts (default 30 minutes).</param>
    /// <returns>The recording.</returns>
    /// <exception cref="RoomNotFoundException">No such room.</exception>
    public RoomRecording AddRecording(string roomId, TimeSpan? duration = null)
    {
        CheckId(roomId);
        var length = duration ?? TimeSpan.FromMinutes(30);
        lock (_rooms)
        {
            if (!_rooms.ContainsKey(roomId))
            {
                throw NotFound(roomId);
            }

            var recording = new RoomRecording
            {
                Id = "rec-" + (++_nextRecordingId).ToString("D6", CultureInfo.InvariantCulture),
                RoomId = roomId,
                Provider = Provider,
                State = RoomRecordingState.Ready,
                ProviderState = "ready",
                StartedAt = _time.GetUtcNow() - length,
                Duration = length,
                SizeInBytes = (long)length.TotalSeconds * 125_000, // about 1 Mbit/s
            };
            if (!_recordings.TryGetValue(roomId, out var list))
            {
                _recordings[roomId] = list = [];
            }

            list.Add(recording);
            return recording;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recordings(Provider, InMemoryCapabilities, roomId, "ListRecordings");
        RoomRecording[] recordings;
        lock (_rooms)
        {
            recordings = _rooms.ContainsKey(roomId)
                ? _recordings.TryGetValue(roomId, out var list) ? list.AsEnumerable().Reverse().ToArray() : []
                : throw NotFound(roomId);
        }

        foreach (var recording in recordings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return recording;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (room, id) = ParticipantGuard.Recording(Provider, InMemoryCapabilities, roomId, recordingId, deleting: false);
        lock (_rooms)
        {
            var recording = FindRecording(room, id);
            var expires = _time.GetUtcNow() + RecordingLinkLifetime;
            return Task.FromResult(new RoomRecordingLink
            {
                Url = new Uri(_baseUrl, $"recordings/{recording.Id}.mp4?expires={expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"),
                ExpiresAt = expires,
            });
        }
    }

    /// <inheritdoc />
    public Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (room, id) = ParticipantGuard.Recording(Provider, InMemoryCapabilities, roomId, recordingId, deleting: true);
        lock (_rooms)
        {
            _recordings[room].Remove(FindRecording(room, id));
            return Task.CompletedTask;
        }
    }

    private RoomRecording FindRecording(string roomId, string recordingId)
    {
        if (!_rooms.ContainsKey(roomId))
        {
            throw NotFound(roomId);
        }

        return _recordings.TryGetValue(roomId, out var list) && list.Find(r => r.Id == recordingId) is { } recording
            ? recording
            : throw new RoomNotFoundException(
                $"{Provider}: room '{roomId}' has no recording '{recordingId}'.", new RoomErrorDetails(Provider, System.Net.HttpStatusCode.NotFound));
    }

    private void CheckId(string roomId) => RoomGuard.Id(Provider, roomId, nameof(roomId));

    private RoomNotFoundException NotFound(string roomId) =>
        new($"{Provider}: room '{roomId}' does not exist.", new RoomErrorDetails(Provider, System.Net.HttpStatusCode.NotFound));
}
