using System.Net;

namespace RoomClients;

/// <summary>What a provider said when it failed; carried by every <see cref="RoomServiceException"/>.</summary>
/// <param name="Provider">The provider name.</param>
/// <param name="StatusCode">The HTTP status, if the provider answered.</param>
/// <param name="ErrorCode">The provider's own error code.</param>
/// <param name="ProviderMessage">The provider's own message.</param>
/// <param name="RequestId">The provider's request id.</param>
public sealed record RoomErrorDetails(
    string Provider,
    HttpStatusCode? StatusCode = null,
    string? ErrorCode = null,
    string? ProviderMessage = null,
    string? RequestId = null);
