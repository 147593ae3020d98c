using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using RoomClients.Http;
using RoomClients.Providers;

namespace RoomClients.Telemetry;

/// <summary>
/// The decorator the builder puts around every registered provider: one <see cref="Activity"/> per operation (provider,
/// operation, room id), request/error counters and a duration histogram, and structured logs. Never records request
/// bodies, credentials or URLs with query strings; every text it writes (room ids, error messages, span status) goes through
/// the registration's <see cref="RoomRedactor"/>, which removes secrets and escapes CR, LF and other control characters.
/// One stage of a registration's pipeline, on by default
/// (<see cref="RoomServiceRegistrationBuilder.WithoutTelemetry"/>). Marking rooms with their registration is the
/// owner stage's job; when a registration has no other stage, this stage does it itself (<c>stampOwner</c>), so the
/// default pipeline has one decorator, not two (one async layer less per call).
/// </summary>
internal sealed partial class TelemetryRoomService : DelegatingRoomService, IRoomParticipantLinks, IRoomRecordings
{
    private readonly RoomClientsInstruments _instruments;
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly RoomRedactor _redactor;
    private readonly bool _stampOwner;
    private readonly InnerRoomService _inner; // the adapter's pooled operations when it is the SDK's own

    public TelemetryRoomService(IRoomService inner, string name, RoomClientsInstruments instruments, ILogger logger, RoomRedactor? redactor = null, bool stampOwner = false)
        : base(inner)
    {
        _name = name;
        _instruments = instruments;
        _logger = logger;
        _redactor = redactor ?? RoomRedactor.None;
        _stampOwner = stampOwner;
        _inner = new InnerRoomService(inner);
    }

    // Each operation is its own async method (no closure or delegate per call); the span is only built when someone listens.
    public override async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
    {
        const string operation = "CreateRoom";
        using var activity = Start(operation, null);
        var started = Stopwatch.GetTimestamp();
        Room room;
        try
        {
            room = Owned(await _inner.CreateRoomAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            Fail(activity, operation, null, started, ex);
            throw;
        }

        var roomId = room?.Id;
        activity?.SetTag("roomclients.room_id", _redactor.Redact(roomId));
        Succeed(operation, roomId, started);
        return room!;
    }

    public override async Task<Room> GetRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        const string operation = "GetRoom";
        using var activity = Start(operation, roomId);
        var started = Stopwatch.GetTimestamp();
        Room room;
        try
        {
            room = Owned(await _inner.GetRoomAsync(roomId, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            Fail(activity, operation, roomId, started, ex);
            throw;
        }

        Succeed(operation, roomId, started);
        return room;
    }

    public override async Task<Room> UpdateRoomAsync(string roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default)
    {
        const string operation = "UpdateRoom";
        using var activity = Start(operation, roomId);
        var started = Stopwatch.GetTimestamp();
        Room room;
        try
        {
            room = Owned(await _inner.UpdateRoomAsync(roomId, request, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            Fail(activity, operation, roomId, started, ex);
            throw;
        }

        Succeed(operation, roomId, started);
        return room;
    }

    public override async Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default)
    {
        const string operation = "DeleteRoom";
        using var activity = Start(operation, roomId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await _inner.DeleteRoomAsync(roomId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Fail(activity, operation, roomId, started, ex);
            throw;
        }

        Succeed(operation, roomId, started);
    }

    public override async IAsyncEnumerable<Room> ListRoomsAsync(RoomQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const string operation = "ListRooms";
        using var activity = Start(operation, null);
        var started = Stopwatch.GetTimestamp();
        var count = 0;
        var enumerator = InnerService.ListRoomsAsync(query, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var disposer = enumerator.ConfigureAwait(false);
        while (true)
        {
            Room room;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }

                room = Owned(enumerator.Current);
            }
            catch (Exception ex)
            {
                Fail(activity, operation, null, started, ex);
                throw;
            }

            count++;
            yield return room;
        }

        activity?.SetTag("roomclients.room_count", count);
        Succeed(operation, null, started);
    }

    /// <summary>The room as the registration returns it: stamped with its name when this stage is also the owner stage.</summary>
    private Room Owned(Room room) =>
        !_stampOwner ? room : room?.OwnedBy(_name) ?? throw new InvalidOperationException($"Room service '{_name}' ({Provider}) returned no room.");

    private Activity? Start(string operation, string? roomId)
    {
        _instruments.Requests.Add(1, Tags(operation));
        var source = _instruments.Source;
        if (!source.HasListeners())
        {
            return null; // no name string, no tags: nothing is built for a span nobody records
        }

        var activity = source.StartActivity($"{operation} {Provider}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("roomclients.provider", Provider);
            activity.SetTag("roomclients.name", _name);
            activity.SetTag("roomclients.operation", operation);
            if (roomId is not null)
            {
                activity.SetTag("roomclients.room_id", _redactor.Redact(roomId));
            }
        }

        return activity;
    }

    private void Succeed(string operation, string? roomId, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        _instruments.Duration.Record(elapsed.TotalSeconds, Tags(operation));
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var safeId = _redactor.Redact(roomId);
            LogCompleted(_logger, Provider, _name, operation, safeId, elapsed.TotalMilliseconds);
        }
    }

    private void Fail(Activity? activity, string operation, string? roomId, long started, Exception exception)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        var errorType = exception.GetType().Name;
        var tags = Tags(operation);
        tags.Add("error.type", errorType);
        _instruments.Errors.Add(1, tags);
        _instruments.Duration.Record(elapsed.TotalSeconds, tags);
        var message = _redactor.Redact(exception.Message) ?? string.Empty;
        activity?.SetStatus(ActivityStatusCode.Error, message);
        activity?.SetTag("error.type", errorType);
        roomId = _redactor.Redact(roomId);
        if (exception is OperationCanceledException)
        {
            LogCancelled(_logger, Provider, _name, operation, roomId);
        }
        else if (exception is RoomNotFoundException)
        {
            LogNotFound(_logger, Provider, _name, operation, roomId); // an answer, not a fault: apps probe for rooms
        }
        else
        {
            var status = (exception as RoomServiceException)?.StatusCode is { } code ? (int)code : 0;
            LogFailed(_logger, Provider, _name, operation, roomId, errorType, status, message, elapsed.TotalMilliseconds);
        }
    }

    private TagList Tags(string operation) => new()
    {
        { "roomclients.provider", Provider },
        { "roomclients.name", _name },
        { "roomclients.operation", operation },
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Provider} ({Name}) {Operation} {RoomId} completed in {ElapsedMs:F1} ms")]
    private static partial void LogCompleted(ILogger logger, string provider, string name, string operation, string? roomId, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Provider} ({Name}) {Operation} {RoomId} failed with {ErrorType} (HTTP {Status}) after {ElapsedMs:F1} ms: {ErrorMessage}")]
    private static partial void LogFailed(ILogger logger, string provider, string name, string operation, string? roomId, string errorType, int status, string errorMessage, double elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Provider} ({Name}) {Operation} {RoomId}: the room does not exist")]
    private static partial void LogNotFound(ILogger logger, string provider, string name, string operation, string? roomId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "{Provider} ({Name}) {Operation} {RoomId} was cancelled")]
    private static partial void LogCancelled(ILogger logger, string provider, string name, string operation, string? roomId);
}
