using System.Net;
using System.Text.Json;
using RoomClients.Http;

namespace RoomClients.Whereby;

/// <summary>Reads Whereby's <c>{"error": "…", "data": {"msLeft": n}}</c> error body; other bodies fall back to the generic reader.</summary>
internal sealed class WherebyErrorParser : IProviderErrorParser
{
    public static WherebyErrorParser Instance { get; } = new();

    public ProviderError? Parse(HttpStatusCode statusCode, ReadOnlySpan<byte> body, string? mediaType)
    {
        if (body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return null;
        }

        var error = JsonSerializer.Deserialize(body, WherebyJsonContext.Default.WherebyErrorBody);
        if (error?.Error is null)
        {
            return null;
        }

        TimeSpan? retryAfter = error.Data?.MsLeft is { } ms and >= 0 ? TimeSpan.FromMilliseconds(ms) : null;
        return new ProviderError(null, error.Error, retryAfter);
    }
}
