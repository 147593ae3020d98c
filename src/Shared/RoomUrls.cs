// Shared source: compiled into each provider package as an internal type, so every adapter checks room URLs alike.
namespace RoomClients;

/// <summary>
/// Checks the join and host URLs a room carries, whether a provider answered them or the SDK built them from options:
/// only an absolute <c>https</c> or <c>http</c> URL with a host and without user info becomes <see cref="Room.JoinUrl"/> or
/// <see cref="Room.HostUrl"/>. <c>javascript:</c>, <c>data:</c>, <c>file:</c>, relative or host-less URLs are refused
/// with a <see cref="RoomServiceException"/>: an app would put them in front of its users as a link.
/// </summary>
internal static class RoomUrls
{
    /// <summary>Returns <paramref name="url"/> when it is a web URL; throws otherwise (also when it is missing).</summary>
    public static Uri Web(string provider, Uri? url, string field) =>
        url is null ? throw Refused(provider, field, "is missing") : Check(provider, url, field);

    /// <summary>Parses and checks <paramref name="url"/>; throws when it is missing or not a web URL.</summary>
    public static Uri Web(string provider, string? url, string field) =>
        string.IsNullOrWhiteSpace(url) ? throw Refused(provider, field, "is missing")
        : Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var parsed) ? Check(provider, parsed, field)
        : throw Refused(provider, field, "is not a URL");

    /// <summary>Returns <see langword="null"/> for a missing URL, <paramref name="url"/> when it is a web URL; throws otherwise.</summary>
    public static Uri? OptionalWeb(string provider, Uri? url, string field) => url is null ? null : Check(provider, url, field);

    /// <summary>Returns <see langword="null"/> for a missing URL, the parsed <paramref name="url"/> when it is a web URL; throws otherwise.</summary>
    public static Uri? OptionalWeb(string provider, string? url, string field) => string.IsNullOrEmpty(url) ? null : Web(provider, url, field);

    /// <summary>
    /// Whether <paramref name="url"/> is an absolute http(s) URL with a host and no user info. Cheap for the usual link:
    /// an http(s) URL without a host does not parse at all, and user info needs a literal <c>@</c> in the text, so a
    /// link without one is settled by its scheme and a scan of its text. Only a link with an <c>@</c> somewhere (in the
    /// authority, or just in its path or query) has its parts parsed (<see cref="Uri.UserInfo"/>, 88 B and about 0.15 µs
    /// per URL, which the usual link does not pay). <c>RoomUrlsTests</c> checks the two ways agree on generated URLs.
    /// </summary>
    public static bool IsWeb(Uri? url) =>
        url is { IsAbsoluteUri: true }
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && (!url.OriginalString.Contains('@', StringComparison.Ordinal) || IsWebByParts(url));

    /// <summary>The check by the URL's parsed parts: a host, and no user info.</summary>
    internal static bool IsWebByParts(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(url.Host)
        && url.UserInfo.Length == 0;

    private static Uri Check(string provider, Uri url, string field)
    {
        if (!url.IsAbsoluteUri)
        {
            throw Refused(provider, field, "is a relative URL");
        }

        if (!IsWeb(url))
        {
            // The scheme only: the rest of a hostile URL is not repeated into logs.
            throw Refused(provider, field, url.UserInfo.Length > 0 ? "carries user info" : $"has the scheme '{Printable(url.Scheme)}' or no host");
        }

        return url;
    }

    private static string Printable(string scheme) => scheme.Length <= 16 && scheme.All(char.IsAsciiLetterOrDigit) ? scheme : "?";

    private static RoomServiceException Refused(string provider, string field, string why) =>
        new($"{provider}: the room's {field} {why}; only absolute http(s) URLs are accepted as room links.", new RoomErrorDetails(provider, errorCode: "invalid_room_url"));
}
