namespace RoomClients.Http;

/// <summary>
/// The outermost handler of every provider's pipeline: whatever fails below it (a refused or dropped connection, an
/// attempt or total timeout, an open circuit, the concurrency limit) leaves as a <see cref="RoomServiceException"/>, for
/// every Refit method shape. The caller's own cancellation leaves as <see cref="OperationCanceledException"/>, in every
/// phase. It also puts the call's <see cref="RoomRequestContext"/> on the request for the handlers and the mapper below.
/// </summary>
internal sealed class RoomTransportErrorHandler(RoomErrorMapper mapper, RoomRedactor redactor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(RoomRequestContext.Key, new RoomRequestContext(redactor));
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
