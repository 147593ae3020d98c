namespace RoomClients.Http;

/// <summary>What a provider's error body says, as read by an <see cref="IProviderErrorParser"/>.</summary>
public sealed class ProviderError
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="errorCode">The provider's error code or name.</param>
    /// <param name="message">The provider's message.</param>
    /// <param name="retryAfter">A wait hint found in the body (such as Whereby's <c>data.msLeft</c>).</param>
    public ProviderError(string? errorCode, string? message, TimeSpan? retryAfter = null)
    {
        ErrorCode = errorCode;
        Message = message;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the provider's error code or name.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets the provider's message.</summary>
    public string? Message { get; }

    /// <summary>Gets a wait hint found in the body (such as Whereby's <c>data.msLeft</c>).</summary>
    public TimeSpan? RetryAfter { get; }
}
