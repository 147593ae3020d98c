using System.Globalization;
using System.Net;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX;

/// <summary>
/// Checks the <c>result</c> of every successful (2xx) JSON answer: EnableX reports failures as <c>{"result": non-zero,
/// "error", "desc"}</c> even with HTTP 200, so a non-zero result throws the matching <see cref="RoomServiceException"/> here,
/// for <see cref="IEnableXApi"/> callers and the room service alike. Non-2xx answers are left to the core error mapper.
/// </summary>
internal sealed class EnableXResultHandler : DelegatingHandler
{
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || response.Content is null)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var result = EnableXErrorParser.Read(body);
        if (result?.Result is null or 0)
        {
            return response;
        }

        var exception = ToException(request, response.StatusCode, result);
        response.Dispose();
        throw exception;
    }

    /// <summary>Maps a result code to the exception family: 40001 not found, 40002/10000 authentication, 10105 busy, 1xxxx validation, 5xxxx unavailable.</summary>
    internal static RoomServiceException ToException(HttpRequestMessage? request, HttpStatusCode status, EnableXResult result)
    {
        var code = result.Result ?? 0;
        var text = EnableXErrorParser.Message(result);
        var details = new RoomErrorDetails(RoomProviders.EnableX, status, code.ToString(CultureInfo.InvariantCulture), text);
        var message = $"{RoomProviders.EnableX} {request?.Method} {request?.RequestUri?.AbsolutePath}: result {code.ToString(CultureInfo.InvariantCulture)} with HTTP {(int)status}{(text is null ? string.Empty : ": " + text)}";
        return code switch
        {
            40001 => new RoomNotFoundException(message, details),
            40002 or 10000 => new RoomAuthenticationException(message, details),
            10105 => new RoomProviderUnavailableException(message, details),
            10030 or 10106 or 10111 or 10112 or 10113 or 10114 => new RoomConflictException(message, details),
            >= 10000 and < 20000 => new RoomValidationException(message, details),
            >= 50000 and < 60000 => new RoomProviderUnavailableException(message, details),
            _ => new RoomServiceException(message, details),
        };
    }
}
