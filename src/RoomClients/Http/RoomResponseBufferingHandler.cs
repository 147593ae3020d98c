namespace RoomClients.Http;

/// <summary>
/// Reads every answer's body whole with the caller's token and a cap, and refuses redirects, for a client outside a
/// registration's pipeline (Vonage's logo upload to its storage host); a registration's own pipeline does this inside
/// each attempt of <see cref="RoomResilienceHandler"/>.
/// </summary>
internal sealed class RoomResponseBufferingHandler(RoomErrorMapper mapper, long maxBodyBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentTo = request.RequestUri;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            RoomResponseBody.ThrowIfRedirected(mapper, request, response, sentTo);
            await RoomResponseBody.BufferAsync(mapper, request, response, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }
}
