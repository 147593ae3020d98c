using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using RoomClients.Http;
using RoomClients.Telemetry;

namespace RoomClients.Routing;

/// <summary>
/// One <see cref="IRoomService"/> over several registered providers: creates go to the first capable, healthy provider
/// and fall over only when a provider certainly did not act; get, update and delete go to the room's owner. One instance
/// (and so one set of circuits) per failover registration.
/// </summary>
internal sealed partial class RoomFailoverService : IRoomService, IRoomFailover, IRoomParticipantLinks, IRoomRecordings
{
    private readonly string _name;
    private readonly string[] _providers;
    private readonly Dictionary<string, Member> _members;
    private readonly IRoomServiceFactory _factory;
    private readonly int _failureThreshold;
    private readonly TimeSpan _breakDuration;
    private readonly Func<CreateRoomRequest, IReadOnlyList<string>, IEnumerable<string>>? _select;
    private readonly Action<RoomFailoverEvent>? _onEvent;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, RoomCapabilities> _capabilities = new(StringComparer.Ordinal);
    private RoomCapabilities? _combined;

    public RoomFailoverService(string name, RoomFailoverOptions options, IRoomServiceFactory factory, TimeProvider time, ILogger logger)
    {
        _name = name;
        _providers = options.Providers.ToArray();
        _factory = factory;
        _failureThreshold = options.FailureThreshold;
        _breakDuration = options.BreakDuration;
        _select = options.SelectProviders;
        _onEvent = options.OnEvent;
        _time = time;
        _logger = logger;
        foreach (var provider in _providers)
        {
            if (!factory.Names.Contains(provider, StringComparer.Ordinal) || string.Equals(provider, name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Failover '{name}' uses '{provider}', which is not a registered room service{(string.Equals(provider, name, StringComparison.Ordinal) ? " it can use (itself)" : string.Empty)}. Registered: {string.Join(", ", factory.Names.Where(n => n != name))}.");
            }
        }

        _members = _providers.ToDictionary(p => p, p => new Member(p), StringComparer.Ordinal);
    }

    /// <summary>Gets <see cref="RoomProviders.Failover"/>; each room names its own provider.</summary>
    public string Provider => RoomProviders.Failover;

    /// <summary>
    /// Gets what the failover can do. For creates, the union of its providers (a request goes to a provider that can
    /// serve it): every kind any of them supports, and each setting any of them honours. For everything else, what all of
    /// them can do (a room may be owned by any of them): update, delete, list, host URLs, paged listing, the smallest
    /// page size.
    /// </summary>
    public RoomCapabilities Capabilities => _combined ??= RoomRequirements.Combine(_providers.Select(CapabilitiesOf).ToArray());

    /// <summary>
    /// Without a key: this failover (as <see cref="IRoomService"/> or <see cref="IRoomFailover"/>) or its combined
    /// <see cref="RoomCapabilities"/>. With a member's registration name as key: what that member answers without a key
    /// (its provider API, capabilities, adapter or decorators), such as <c>GetService&lt;IWherebyApi&gt;("whereby")</c>.
    /// Any other key: <see langword="null"/>.
    /// </summary>
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null)
        {
            // Links and recordings come from a room's owner, which may be any member: offered, like update and delete,
            // when every member has them (the combined capabilities say so).
            if (serviceType == typeof(IRoomParticipantLinks))
            {
                return Capabilities.ParticipantRoles.Count > 0 ? this : null;
            }

            if (serviceType == typeof(IRoomRecordings))
            {
                return Capabilities.SupportsRecordings ? this : null;
            }

            return serviceType.IsInstanceOfType(this) ? this
                : serviceType.IsInstanceOfType(Capabilities) ? Capabilities
                : null;
        }

        return serviceKey is string member && _members.ContainsKey(member)
            ? _factory.GetRoomService(member).GetService(serviceType)
            : null;
    }

    public string Name => _name;

    public IReadOnlyList<string> Providers => _providers;

    public IReadOnlyList<RoomProviderHealth> GetHealth()
    {
        var now = _time.GetUtcNow();
        return _providers.Select(p => _members[p].Snapshot(now)).ToArray();
    }

    public async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
    {
        const string operation = "CreateRoom";
        if (request is null)
        {
            throw new RoomValidationException(Provider, nameof(request), "is required.");
        }

        var order = Plan(request);
        var notes = new List<string>(order.Count);
        Exception? last = null;
        foreach (var name in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var member = _members[name];
            if (member.TryEnter(_time.GetUtcNow()) is { } reason)
            {
                notes.Add($"{name}: {reason}");
                Emit(RoomFailoverEventKind.Skipped, name, operation, reason: reason);
                continue;
            }

            Room room;
            try
            {
                room = await _factory.GetRoomService(name).CreateRoomAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (RoomProviderUnavailableException ex) when (ex.RequestNotProcessed)
            {
                notes.Add($"{name}: {ex.Message}");
                last = ex;
                Emit(RoomFailoverEventKind.FellOver, name, operation, exception: ex);
                Failed(member, operation, ex);
                Activity.Current?.AddEvent(new ActivityEvent("roomclients.failover", tags: new ActivityTagsCollection
                {
                    { "roomclients.name", name },
                    { "error.type", ex.GetType().Name },
                }));
                continue;
            }
            catch (Exception ex)
            {
                Failed(member, operation, ex);
                throw;
            }

            room = Served(name, room);
            Succeeded(member, operation, room.Reference);
            return room;
        }

        throw new RoomProviderUnavailableException(
            $"{_name}: no provider could create the room, and none acted on the request. {string.Join(" ", notes)}",
            new RoomErrorDetails(Provider),
            last)
        {
            RequestNotProcessed = true,
        };
    }

    public Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        var (member, reference) = Owner(roomId);
        return OnOwnerAsync(member, "GetRoom", reference, async service =>
            Served(member.Name, await service.GetRoomAsync(reference.RoomId, cancellationToken).ConfigureAwait(false)));
    }

    public Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default)
    {
        var (member, reference) = Owner(roomId);
        return OnOwnerAsync(member, "UpdateRoom", reference, async service =>
            Served(member.Name, await service.UpdateRoomAsync(reference.RoomId, request, cancellationToken).ConfigureAwait(false)));
    }

    public Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        var (member, reference) = Owner(roomId);
        return OnOwnerAsync(member, "DeleteRoom", reference, async service =>
        {
            await service.DeleteRoomAsync(reference.RoomId, cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>Makes the link through the room's owner; the link's <see cref="ParticipantLink.RoomId"/> is this failover's id of the room.</summary>
    public Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        // The failover's own capabilities (what every member can do) decide, whichever member owns the room: the same
        // request behaves the same on every room of the failover.
        ParticipantGuard.Link(Provider, Capabilities, roomId, request, _time.GetUtcNow());
        var (member, reference) = Owner(roomId);
        return OnOwnerAsync(member, "CreateParticipantLink", reference, async service =>
            (await service.CreateParticipantLinkAsync(reference.RoomId, request, cancellationToken).ConfigureAwait(false)).ServedAs(roomId));
    }

    /// <summary>Lists the recordings through the room's owner; each <see cref="RoomRecording.RoomId"/> is this failover's id of the room.</summary>
    public async IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recordings(Provider, Capabilities, roomId, "ListRecordings");
        var (member, reference) = Owner(roomId);
        var recordings = _factory.GetRoomService(member.Name).ListRecordingsAsync(reference.RoomId, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (recordings.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await recordings.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    Failed(member, "ListRecordings", ex, reference);
                    throw;
                }

                yield return recordings.Current.ServedAs(roomId);
            }
        }

        Succeeded(member, "ListRecordings", reference);
    }

    /// <summary>Gets the link through the room's owner.</summary>
    public Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recording(Provider, Capabilities, roomId, recordingId, deleting: false);
        var (member, reference) = Owner(roomId);
        return OnOwnerAsync(member, "GetRecordingLink", reference, service =>
            service.GetRecordingLinkAsync(reference.RoomId, recordingId, cancellationToken));
    }

    /// <summary>Deletes the recording through the room's owner.</summary>
    public Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        ParticipantGuard.Recording(Provider, Capabilities, roomId, recordingId, deleting: true);
        var (member, reference) = Owner(roomId);
        return OnOwnerAsync(member, "DeleteRecording", reference, async service =>
        {
            await service.DeleteRecordingAsync(reference.RoomId, recordingId, cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>Lists the rooms of every provider in turn, in order of preference. A provider's failure ends the listing with its error, so a partial list is never taken for a complete one.</summary>
    public async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Capabilities.CanList)
        {
            throw new RoomFeatureNotSupportedException(
                Provider,
                "ListRooms",
                $"failover '{_name}' lists every provider's rooms, and {string.Join(", ", _providers.Where(p => !CapabilitiesOf(p).CanList))} cannot list rooms.");
        }

        foreach (var name in _providers)
        {
            await foreach (var room in _factory.GetRoomService(name).ListRoomsAsync(query, cancellationToken).ConfigureAwait(false))
            {
                yield return Served(name, room);
            }
        }
    }

    /// <summary>
    /// A member's room as the failover returns it: <see cref="Room.Reference"/> names the member (so the router reaches it
    /// directly, and a stored reference outlives a change of the failover) and <see cref="Room.Id"/> is
    /// <c>member:memberId</c>, the id this failover accepts back (<see cref="Owner"/>).
    /// </summary>
    private static Room Served(string member, Room room) =>
        room.ExplicitlyOwnedBy(member).ServedAs(new RoomReference(member, room.Id).ToString());

    private RoomCapabilities CapabilitiesOf(string name) =>
        _capabilities.GetOrAdd(name, static (n, factory) => factory.GetRoomService(n).Capabilities, _factory);

    private List<string> Plan(CreateRoomRequest request)
    {
        var capable = new List<string>(_providers.Length);
        var unmet = new List<string>();
        foreach (var name in _providers)
        {
            if (RoomRequirements.Unmet(CapabilitiesOf(name), request) is { } why)
            {
                unmet.Add($"{name}: {why}");
            }
            else
            {
                capable.Add(name);
            }
        }

        if (capable.Count == 0)
        {
            throw new RoomFeatureNotSupportedException(Provider, "CreateRoom", $"no provider of '{_name}' can serve this request ({string.Join("; ", unmet)}).");
        }

        if (_select is null)
        {
            return capable;
        }

        var chosen = new List<string>();
        foreach (var name in _select(request, capable.AsReadOnly()) ?? [])
        {
            if (!capable.Contains(name, StringComparer.Ordinal) || chosen.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The provider selector of failover '{_name}' returned '{name}', which is {(chosen.Contains(name, StringComparer.Ordinal) ? "a duplicate" : "not among the providers it was offered")} ({string.Join(", ", capable)}).");
            }

            chosen.Add(name);
        }

        return chosen.Count > 0 ? chosen
            : throw new RoomFeatureNotSupportedException(Provider, "CreateRoom", $"the provider selector of '{_name}' chose none of the providers able to serve this request ({string.Join(", ", capable)}).");
    }

    private (Member Member, RoomReference Reference) Owner(string roomId)
    {
        if (!RoomReference.TryParse(roomId, out var reference) || !_members.TryGetValue(reference.Name, out var member))
        {
            throw new RoomValidationException(
                Provider,
                nameof(roomId),
                $"must be the Id of a room this failover returned (name:id, as in Room.Id and Room.Reference) owned by a provider of '{_name}' ({string.Join(", ", _providers)}); was '{roomId}'. Use IRoomRouter for rooms of other providers.");
        }

        return (member, reference);
    }

    private async Task<T> OnOwnerAsync<T>(Member member, string operation, RoomReference reference, Func<IRoomService, Task<T>> call)
    {
        T result;
        try
        {
            result = await call(_factory.GetRoomService(member.Name)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Failed(member, operation, ex, reference);
            throw;
        }

        Succeeded(member, operation, (result as Room)?.Reference ?? reference);
        return result;
    }

    private void Succeeded(Member member, string operation, RoomReference room)
    {
        var closed = member.Succeeded();
        SetServedTag(member.Name);
        Emit(RoomFailoverEventKind.Served, member.Name, operation, room: room);
        if (closed)
        {
            Emit(RoomFailoverEventKind.CircuitClosed, member.Name, operation);
        }
    }

    private void Failed(Member member, string operation, Exception exception, RoomReference? room = null)
    {
        var opened = false;
        var closed = false;
        switch (exception)
        {
            case RoomProviderUnavailableException:
                opened = member.Failed(exception.Message, _time.GetUtcNow(), _failureThreshold, _breakDuration);
                break;
            case RoomServiceException { StatusCode: not null } and not RoomRateLimitedException:
                closed = member.Succeeded(); // the provider answered (a 4xx): it is up
                break;
            default:
                member.Released(); // cancelled, a client-side check, a rate limit: says nothing about health
                break;
        }

        var fellOver = operation == "CreateRoom" && exception is RoomProviderUnavailableException { RequestNotProcessed: true };
        if (!fellOver && exception is not OperationCanceledException)
        {
            Emit(RoomFailoverEventKind.Failed, member.Name, operation, room: room, exception: exception);
        }

        if (opened)
        {
            Emit(RoomFailoverEventKind.CircuitOpened, member.Name, operation, exception: exception);
        }

        if (closed)
        {
            Emit(RoomFailoverEventKind.CircuitClosed, member.Name, operation);
        }
    }

    private void SetServedTag(string provider)
    {
        // Tag the failover's own span (started by the telemetry decorator around it), not a caller's.
        if (Activity.Current is { } activity && activity.Source.Name == RoomClientsTelemetry.SourceName
            && string.Equals(activity.GetTagItem("roomclients.name") as string, _name, StringComparison.Ordinal))
        {
            activity.SetTag("roomclients.failover.provider", provider);
        }
    }

    private void Emit(RoomFailoverEventKind kind, string provider, string operation, RoomReference? room = null, Exception? exception = null, string? reason = null)
    {
        switch (kind)
        {
            case RoomFailoverEventKind.Served:
                LogServed(_logger, _name, operation, provider, room);
                break;
            case RoomFailoverEventKind.FellOver:
                if (_logger.IsEnabled(LogLevel.Warning))
                {
                    var fellOverMessage = LogText.Escape(exception?.Message); // a member may be any IRoomService: its text is escaped like every other text the SDK logs
                    LogFellOver(_logger, _name, operation, provider, fellOverMessage);
                }

                break;
            case RoomFailoverEventKind.Failed:
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    var errorType = exception?.GetType().Name;
                    var failedMessage = LogText.Escape(exception?.Message);
                    LogFailed(_logger, _name, operation, provider, errorType, failedMessage);
                }

                break;
            case RoomFailoverEventKind.Skipped:
                LogSkipped(_logger, _name, operation, provider, reason);
                break;
            case RoomFailoverEventKind.CircuitOpened:
                LogOpened(_logger, _name, provider, _failureThreshold, _breakDuration.TotalSeconds);
                break;
            case RoomFailoverEventKind.CircuitClosed:
                LogClosed(_logger, _name, provider);
                break;
        }

        if (_onEvent is null)
        {
            return;
        }

        var evt = new RoomFailoverEvent
        {
            Failover = _name,
            Provider = provider,
            Kind = kind,
            Operation = operation,
            Timestamp = _time.GetUtcNow(),
            Room = room,
            Exception = exception,
            Reason = reason,
        };
#pragma warning disable CA1031 // a callback's failure must not turn a created room into an error
        try
        {
            _onEvent(evt);
        }
        catch (Exception ex)
        {
            LogCallbackFailed(_logger, _name, kind.ToString(), ex);
        }
#pragma warning restore CA1031
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Failover {Failover}: {Operation} served by {Provider} {Room}")]
    private static partial void LogServed(ILogger logger, string failover, string operation, string provider, RoomReference? room);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Failover {Failover}: {Operation} on {Provider} was not processed ({ErrorMessage}); trying the next provider")]
    private static partial void LogFellOver(ILogger logger, string failover, string operation, string provider, string? errorMessage);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Failover {Failover}: {Operation} on {Provider} failed with {ErrorType}, returned to the caller: {ErrorMessage}")]
    private static partial void LogFailed(ILogger logger, string failover, string operation, string provider, string? errorType, string? errorMessage);

    [LoggerMessage(EventId = 13, Level = LogLevel.Debug, Message = "Failover {Failover}: {Operation} skipped {Provider}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string failover, string operation, string provider, string? reason);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Failover {Failover}: circuit of {Provider} opened after {Failures} failures in a row; creates skip it for {BreakSeconds} s")]
    private static partial void LogOpened(ILogger logger, string failover, string provider, int failures, double breakSeconds);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Failover {Failover}: circuit of {Provider} closed, it serves again")]
    private static partial void LogClosed(ILogger logger, string failover, string provider);

    [LoggerMessage(EventId = 16, Level = LogLevel.Error, Message = "Failover {Failover}: the OnEvent callback threw on a {Kind} event")]
    private static partial void LogCallbackFailed(ILogger logger, string failover, string kind, Exception exception);

    /// <summary>One provider's circuit. All members are guarded by the instance's lock.</summary>
    private sealed class Member(string name)
    {
        private readonly Lock _gate = new();
        private RoomCircuitState _state;
        private int _failures;
        private DateTimeOffset _openUntil;
        private bool _probing;
        private string? _lastFailure;

        public string Name => name;

        /// <summary>Admits a create, or returns why not. An open circuit whose break has passed admits one probe at a time.</summary>
        public string? TryEnter(DateTimeOffset now)
        {
            lock (_gate)
            {
                if (_state == RoomCircuitState.Open)
                {
                    if (now < _openUntil)
                    {
                        return $"circuit open until {_openUntil:O} after {_failures} failures in a row";
                    }

                    _state = RoomCircuitState.HalfOpen;
                }

                if (_state == RoomCircuitState.HalfOpen)
                {
                    if (_probing)
                    {
                        return "circuit half-open, another call is probing it";
                    }

                    _probing = true;
                }

                return null;
            }
        }

        /// <summary>Records a success; returns whether the circuit closed.</summary>
        public bool Succeeded()
        {
            lock (_gate)
            {
                var wasOpen = _state != RoomCircuitState.Closed;
                _state = RoomCircuitState.Closed;
                _failures = 0;
                _probing = false;
                return wasOpen;
            }
        }

        /// <summary>Ends a probe without a verdict.</summary>
        public void Released()
        {
            lock (_gate)
            {
                _probing = false;
            }
        }

        /// <summary>Records an availability failure; returns whether the circuit opened.</summary>
        public bool Failed(string message, DateTimeOffset now, int threshold, TimeSpan breakDuration)
        {
            lock (_gate)
            {
                _failures++;
                _lastFailure = message;
                _probing = false;
                if (_state == RoomCircuitState.HalfOpen || (_state == RoomCircuitState.Closed && _failures >= threshold))
                {
                    _state = RoomCircuitState.Open;
                    _openUntil = now + breakDuration;
                    return true;
                }

                return false;
            }
        }

        public RoomProviderHealth Snapshot(DateTimeOffset now)
        {
            lock (_gate)
            {
                var state = _state == RoomCircuitState.Open && now >= _openUntil ? RoomCircuitState.HalfOpen : _state;
                return new RoomProviderHealth(name, state, _failures, state == RoomCircuitState.Open ? _openUntil : null, _lastFailure);
            }
        }
    }
}
