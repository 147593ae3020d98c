namespace RoomClients.Daily.Models;

/// <summary>URL checks shared by the models and the adapter.</summary>
internal static class DailyUrls
{
    /// <summary>Returns <paramref name="text"/> as an absolute http(s) URL, or <see langword="null"/>.</summary>
    public static Uri? HttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsHttp(uri) ? uri : null;

    /// <summary>Whether <paramref name="uri"/> is absolute http or https.</summary>
    public static bool IsHttp(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
