using System.Net;

namespace RoomClients.Http;

/// <summary>Reads one provider's error bodies. Return <see langword="null"/> to fall back to the generic reader (JSON <c>message</c>/<c>error</c>/<c>detail</c>, or short plain text).</summary>
public interface IProviderErrorParser
{
    /// <summary>Parses an error body.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="body">The body (at most the first 64 KiB).</param>
    /// <param name="mediaType">The body's media type, if given.</param>
    /// <returns>The error, or <see langword="null"/> when this parser does not recognise the body.</returns>
    ProviderError? Parse(HttpStatusCode statusCode, ReadOnlySpan<byte> body, string? mediaType);
}
