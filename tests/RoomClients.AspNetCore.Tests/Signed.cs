using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using RoomClients.Daily;
using RoomClients.Whereby;
using RoomClients.Zoom;

namespace RoomClients.AspNetCore.Tests;

/// <summary>Webhook requests signed the providers' ways, with keys generated for the test run.</summary>
internal static class Signed
{
    public static readonly string WherebySecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    public static readonly string DailySecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    public static readonly string ZoomSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    public static readonly string VonageSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string WherebyEvent(string id, string type = "room.client.joined") =>
        $$$"""{"id":"{{{id}}}","apiVersion":"1.0","createdAt":"2026-12-03T12:00:00.000Z","type":"{{{type}}}","data":{"meetingId":"1","roomName":"/demo","displayName":"Ada","participantId":"p1"}}""";

    public static HttpRequestMessage Whereby(string body, string path = "/webhooks/whereby", DateTimeOffset? at = null, string? secret = null)
    {
        var t = Unix(at);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? WherebySecret), Encoding.UTF8.GetBytes($"{t}.{body}")));
        return Post(path, body, (WherebyWebhookParser.SignatureHeader, $"t={t},v1={signature}"));
    }

    public static HttpRequestMessage Daily(string body, string path = "/webhooks/daily")
    {
        var t = Unix(null);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(DailySecret), Encoding.UTF8.GetBytes($"{t}.{body}")));
        return Post(path, body, (DailyWebhookParser.SignatureHeader, signature), (DailyWebhookParser.TimestampHeader, t));
    }

    public static HttpRequestMessage Zoom(string body, string path = "/webhooks/zoom", string? secret = null)
    {
        var t = Unix(null);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? ZoomSecret), Encoding.UTF8.GetBytes($"v0:{t}:{body}")));
        return Post(path, body, (ZoomWebhookParser.SignatureHeader, signature), (ZoomWebhookParser.TimestampHeader, t));
    }

    public static HttpRequestMessage Post(string path, string body, params (string Name, string Value)[] headers)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    /// <summary>A copy of a request (same bytes, same headers): what a replay or a provider's duplicate looks like.</summary>
    public static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage original)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Content = new ByteArrayContent(await original.Content!.ReadAsByteArrayAsync()) };
        copy.Content.Headers.ContentType = original.Content.Headers.ContentType;
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }

    private static string Unix(DateTimeOffset? at) => (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
