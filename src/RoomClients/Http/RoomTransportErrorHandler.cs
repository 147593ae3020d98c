namespace RoomClients.Http;

/// <summary>
/// The outermost handler of every provider's pipeline: whatever fails below it (a refused or dropped connection, an
/// attempt or total timeout, an open circuit) leaves as a <see cref="RoomServiceException"/>, for every Refit method shape.
/// The caller's own cancellation passes through unchanged.
/// </summary>
internal sealed class RoomTransportErrorHandler(RoomErrorMapper mapper) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RoomServiceException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw mapper.FromTransport(request, ex, cancellationToken);
        }
    }
}
