using System.Diagnostics;
using Polly;

namespace RoomClients.Http;

/// <summary>
/// What the pipeline knows about one call beyond the request, kept in the call's pooled <see cref="ResilienceContext"/>
/// (nothing is added to the request's options): when the call started, for the remaining total timeout the retry rule
/// weighs a <c>Retry-After</c> against, and the last attempt's throttled answer, which a total timeout that fires while
/// waiting to retry reports instead of itself.
/// </summary>
internal static class RoomCallState
{
    private static readonly ResiliencePropertyKey<long> StartedKey = new("RoomClients.Started");
    private static readonly ResiliencePropertyKey<RoomServiceException?> ThrottledKey = new("RoomClients.Throttled");

    /// <summary>Marks <paramref name="context"/> as a call that starts now.</summary>
    public static void Start(ResilienceContext context) => context.Properties.Set(StartedKey, Stopwatch.GetTimestamp());

    /// <summary>Returns how long the call has run, or <see langword="null"/> outside the SDK's pipeline.</summary>
    public static TimeSpan? Elapsed(ResilienceContext context) =>
        context.Properties.TryGetValue(StartedKey, out var started) ? Stopwatch.GetElapsedTime(started) : null;

    /// <summary>Records (or, with <see langword="null"/>, clears) the typed answer of the current attempt when it was a throttle.</summary>
    public static void SetThrottled(ResilienceContext context, RoomServiceException? throttled)
    {
        if (throttled is not null || context.Properties.TryGetValue(ThrottledKey, out _))
        {
            context.Properties.Set(ThrottledKey, throttled);
        }
    }

    /// <summary>Returns the last attempt's throttled answer, if it was one.</summary>
    public static RoomServiceException? Throttled(ResilienceContext context) =>
        context.Properties.TryGetValue(ThrottledKey, out var throttled) ? throttled : null;
}
