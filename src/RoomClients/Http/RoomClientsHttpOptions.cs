namespace RoomClients.Http;

/// <summary>
/// Limits of the HTTP pipeline of one provider registration, set through <c>RoomClientsBuilder.ConfigureHttp</c>.
/// Every answer (success or error) is read whole inside the attempt timeout, honouring the caller's cancellation,
/// before anything looks at it; redirects are never followed.
/// </summary>
public sealed class RoomClientsHttpOptions
{
    /// <summary>The default <see cref="MaxResponseBodySize"/>: 4 MiB.</summary>
    public const long DefaultMaxResponseBodySize = 4 * 1024 * 1024;

    /// <summary>
    /// Gets or sets the largest answer body, in bytes after decompression, that is read; 4 MiB by default. A larger answer
    /// (declared by <c>Content-Length</c> or found while reading) ends the call with <see cref="RoomProviderUnavailableException"/>
    /// and is not retried: the provider may have acted on the request.
    /// </summary>
    public long MaxResponseBodySize { get; set; } = DefaultMaxResponseBodySize;
}
