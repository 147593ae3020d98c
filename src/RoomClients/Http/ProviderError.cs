namespace RoomClients.Http;

/// <summary>What a provider's error body says, as read by an <see cref="IProviderErrorParser"/>.</summary>
/// <param name="ErrorCode">The provider's error code or name.</param>
/// <param name="Message">The provider's message.</param>
/// <param name="RetryAfter">A wait hint found in the body (such as Whereby's <c>data.msLeft</c>).</param>
public sealed record ProviderError(string? ErrorCode, string? Message, TimeSpan? RetryAfter = null);
