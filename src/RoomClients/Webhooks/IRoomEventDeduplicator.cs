namespace RoomClients.Webhooks;

/// <summary>
/// Remembers which webhook events were already taken on, so a provider's duplicate, retry or a replayed delivery is
/// handled once: in process by default, or in a store every instance of an application shares
/// (<c>RoomClients.StackExchangeRedis</c>). Keys are opaque strings chosen by the caller (the registration name and the
/// provider's event id, or a digest of the signed body).
/// </summary>
public interface IRoomEventDeduplicator
{
    /// <summary>
    /// Atomically claims <paramref name="key"/> for <paramref name="window"/>, unless it is already claimed: returns
    /// <see langword="true"/> for the first claim (handle the event), <see langword="false"/> while an earlier claim
    /// holds (a duplicate: acknowledge it, do not handle it).
    /// </summary>
    /// <param name="key">The event's key.</param>
    /// <param name="window">How long the claim holds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether this call claimed the key.</returns>
    ValueTask<bool> TryBeginAsync(string key, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a claim up because handling failed, so the provider's redelivery of the event is handled instead of being
    /// dropped as a duplicate.
    /// </summary>
    /// <param name="key">The event's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the claim is gone.</returns>
    ValueTask ReleaseAsync(string key, CancellationToken cancellationToken);
}
