using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using RoomClients.Http;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>
/// Reads Zoom's <c>{"code": n, "message": "…", "errors": [{"field", "message"}]}</c> error body and the OAuth endpoint's
/// <c>{"reason", "error"}</c>; other bodies fall back to the generic reader. A daily-limit answer gets a wait until
/// 00:00 UTC, when Zoom resets the per-user create/update counter.
/// </summary>
internal sealed class ZoomErrorParser(TimeProvider time) : IProviderErrorParser
{
    private const int MaxMessageChars = 500;

    public static ZoomErrorParser Instance { get; } = new(TimeProvider.System);

    public ProviderError? Parse(HttpStatusCode statusCode, ReadOnlySpan<byte> body, string? mediaType)
    {
        var error = Read(body);
        if (error is null || (error.Code is null && error.Message is null && error.Reason is null && error.Error is null))
        {
            return null;
        }

        var message = new StringBuilder(error.Message ?? error.Reason ?? string.Empty);
        foreach (var field in error.Errors ?? [])
        {
            if (field?.Field is { Length: > 0 } name)
            {
                message.Append(message.Length == 0 ? string.Empty : "; ").Append(name).Append(": ").Append(field.Message);
            }
        }

        var text = message.Length > MaxMessageChars ? string.Concat(message.ToString(0, MaxMessageChars), "…") : message.ToString();
        var code = error.Code?.ToString(CultureInfo.InvariantCulture) ?? error.Error;
        var retryAfter = ZoomRateLimits.IsDailyLimit(error.Message) ? ZoomRateLimits.UntilDailyReset(time.GetUtcNow()) : (TimeSpan?)null;
        return new ProviderError(code, text.Length == 0 ? null : text, retryAfter);
    }

    /// <summary>Reads a Zoom error body, or <see langword="null"/> when it is not one.</summary>
    internal static ZoomErrorBody? Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ZoomJsonContext.Default.ZoomErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
