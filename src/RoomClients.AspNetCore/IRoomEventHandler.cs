namespace RoomClients.AspNetCore;

/// <summary>
/// Receives each verified, new webhook event from <c>MapRoomWebhooks</c>. Register as many as you like
/// (<c>services.AddScoped&lt;IRoomEventHandler, MyHandler&gt;()</c>); they run in registration order, after the
/// delegate given to <c>MapRoomWebhooks</c>, within the provider's request: keep them short (providers wait 3–5 s)
/// and hand long work to a queue. A handler that throws makes the endpoint answer 500 and forget the event, so the
/// provider's redelivery runs every handler again: make them safe to repeat.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It handles room events; it is not an EventHandler delegate, and the name is what users look for.")]
public interface IRoomEventHandler
{
    /// <summary>Handles one event.</summary>
    /// <param name="context">The event and where it came from.</param>
    /// <param name="cancellationToken">Cancelled when the provider gives up on the request.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(RoomEventContext context, CancellationToken cancellationToken);
}
