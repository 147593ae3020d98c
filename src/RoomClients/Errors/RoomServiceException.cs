using System.Net;

namespace RoomClients;

/// <summary>
/// The root of every error this SDK throws: a provider's answer or a failure to reach it. Branch on the subclasses
/// (<see cref="RoomNotFoundException"/>, <see cref="RoomRateLimitedException"/>…); read <see cref="StatusCode"/>,
/// <see cref="ErrorCode"/> and <see cref="ProviderMessage"/> for details. Messages never contain keys or tokens.
/// </summary>
public class RoomServiceException : Exception
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What happened.</param>
    public RoomServiceException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with the provider's details.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="details">The provider, status, error code and message.</param>
    /// <param name="innerException">The cause.</param>
    public RoomServiceException(string message, RoomErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        Provider = details.Provider;
        StatusCode = details.StatusCode;
        ErrorCode = details.ErrorCode;
        ProviderMessage = details.ProviderMessage;
        RequestId = details.RequestId;
    }

    /// <summary>Gets the provider that failed, such as <c>"whereby"</c>.</summary>
    public string? Provider { get; }

    /// <summary>Gets the HTTP status the provider answered with, if it answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets the provider's own error code (such as EnableX's <c>result</c> or Vonage's <c>name</c>), if given.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets the provider's own error message, if given.</summary>
    public string? ProviderMessage { get; }

    /// <summary>Gets the provider's request id, if it sent one; quote it to the provider's support.</summary>
    public string? RequestId { get; }
}
