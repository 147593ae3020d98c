using System.Net;
using System.Text.Json;
using RoomClients.Http;

namespace RoomClients.Vonage;

/// <summary>Reads Vonage's <c>{message, name, status}</c> and <c>{title, detail}</c> error bodies; others fall back to the generic reader.</summary>
internal sealed class VonageErrorParser : IProviderErrorParser
{
    public static VonageErrorParser Instance { get; } = new();

    public ProviderError? Parse(HttpStatusCode statusCode, ReadOnlySpan<byte> body, string? mediaType)
    {
        if (body.IsEmpty || body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return null;
        }

        Models.VonageErrorBody? error;
        try
        {
            error = JsonSerializer.Deserialize(body, VonageJsonContext.Default.VonageErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }

        if (error is null)
        {
            return null;
        }

        if (error.Message is not null)
        {
            return new ProviderError(error.Name, error.Message);
        }

        if (error.Title is not null || error.Detail is not null)
        {
            var message = error.Title is null ? error.Detail : error.Detail is null ? error.Title : $"{error.Title}: {error.Detail}";
            return new ProviderError(error.Title ?? error.Type, message);
        }

        return null;
    }
}
