namespace RoomClients.Daily.Models;

/// <summary>URL checks shared by the models and the adapter.</summary>
internal static class DailyUrls
{
    /// <summary>Returns <paramref name="text"/> as an absolute http(s) URL with a host and no user info (the shared <see cref="RoomUrls"/> rule), or <see langword="null"/>.</summary>
    public static Uri? HttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && RoomUrls.IsWeb(uri) ? uri : null;
}
