using System.Net;
using System.Text.Json;
using RoomClients.Http;

namespace RoomClients.Daily;

/// <summary>Reads Daily's <c>{"error": "&lt;type&gt;", "info": "&lt;text&gt;"}</c> error body (<c>error</c> is the stable code); other bodies fall back to the generic reader.</summary>
internal sealed class DailyErrorParser : IProviderErrorParser
{
    public static DailyErrorParser Instance { get; } = new();

    public ProviderError? Parse(HttpStatusCode statusCode, ReadOnlySpan<byte> body, string? mediaType)
    {
        if (body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return null;
        }

        var error = JsonSerializer.Deserialize(body, DailyJsonContext.Default.DailyErrorBody);
        if (error?.Error is null)
        {
            return null;
        }

        // info is debug text and may be absent; the error type is the stable code callers branch on.
        return new ProviderError(error.Error, error.Info ?? error.Error);
    }
}
