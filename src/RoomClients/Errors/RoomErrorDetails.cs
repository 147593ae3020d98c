using System.Net;

namespace RoomClients;

/// <summary>What a provider said when it failed; carried by every <see cref="RoomServiceException"/>.</summary>
public sealed class RoomErrorDetails
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="provider">The provider name.</param>
    /// <param name="statusCode">The HTTP status, if the provider answered.</param>
    /// <param name="errorCode">The provider's own error code.</param>
    /// <param name="providerMessage">The provider's own message.</param>
    /// <param name="requestId">The provider's request id.</param>
    public RoomErrorDetails(
        string provider,
        HttpStatusCode? statusCode = null,
        string? errorCode = null,
        string? providerMessage = null,
        string? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Provider = provider;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ProviderMessage = providerMessage;
        RequestId = requestId;
    }

    /// <summary>Gets the provider name.</summary>
    public string Provider { get; }

    /// <summary>Gets the HTTP status, if the provider answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets the provider's own error code.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets the provider's own message.</summary>
    public string? ProviderMessage { get; }

    /// <summary>Gets the provider's request id.</summary>
    public string? RequestId { get; }
}
