using System.Net;
using System.Text.Json;
using RoomClients.EnableX.Models;
using RoomClients.Http;

namespace RoomClients.EnableX;

/// <summary>Reads EnableX's <c>{"result": code, "error": "…", "desc": "…"}</c> error body (code as number or string).</summary>
internal sealed class EnableXErrorParser : IProviderErrorParser
{
    public static EnableXErrorParser Instance { get; } = new();

    public ProviderError? Parse(HttpStatusCode statusCode, ReadOnlySpan<byte> body, string? mediaType)
    {
        var result = Read(body);
        if (result is null || (result.Result is null or 0 && result.Error is null && result.Description is null))
        {
            return null;
        }

        return new ProviderError(result.Result?.ToString(System.Globalization.CultureInfo.InvariantCulture), Message(result));
    }

    internal static EnableXResult? Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, EnableXJsonContext.Default.EnableXResult);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string? Message(EnableXResult result) => (result.Error, result.Description) switch
    {
        ({ Length: > 0 } error, { Length: > 0 } desc) when !string.Equals(error, desc, StringComparison.Ordinal) => $"{error}: {desc}",
        ({ Length: > 0 } error, _) => error,
        (_, { Length: > 0 } desc) => desc,
        _ => null,
    };
}
