using System.Diagnostics;

namespace RoomClients.Http;

/// <summary>
/// What the pipeline knows about one call, carried on the request (<see cref="HttpRequestMessage.Options"/>) from the
/// outermost handler to the innermost one and the error mapper: the registration's redactor, when the call started
/// (for the remaining total timeout) and the last attempt's throttled answer.
/// </summary>
internal sealed class RoomRequestContext
{
    internal static readonly HttpRequestOptionsKey<RoomRequestContext> Key = new("RoomClients.RequestContext");

    private RoomServiceException? _throttled;

    public RoomRequestContext(RoomRedactor redactor)
    {
        Redactor = redactor;
        Started = Stopwatch.GetTimestamp();
    }

    /// <summary>Gets the redactor of the registration that sends the request.</summary>
    public RoomRedactor Redactor { get; }

    /// <summary>Gets the <see cref="Stopwatch"/> timestamp at which the call entered the pipeline.</summary>
    public long Started { get; }

    /// <summary>
    /// Gets or sets the typed answer of the last attempt when it was a throttle (HTTP 429, or 503 with <c>Retry-After</c>);
    /// cleared when the next attempt starts. A total timeout that fires while waiting to retry reports it instead of a timeout.
    /// </summary>
    public RoomServiceException? Throttled
    {
        get => Volatile.Read(ref _throttled);
        set => Volatile.Write(ref _throttled, value);
    }

    /// <summary>Gets how long the call has run.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(Started);

    public static RoomRequestContext? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var context) ? context : null;

    /// <summary>Returns the redactor for <paramref name="request"/>: its registration's, or one that knows only what the request carries.</summary>
    public static RoomRedactor RedactorOf(HttpRequestMessage? request) => Of(request)?.Redactor ?? RoomRedactor.None;
}
