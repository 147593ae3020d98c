// Shared source: compiled into each provider package as an internal type, so every options validator checks alike.
namespace RoomClients;

/// <summary>Start-up checks shared by the providers' options validators; each returns the failure text or <see langword="null"/>.</summary>
internal static class OptionsChecks
{
    /// <summary>
    /// An API base address must be absolute <c>https</c> (plain <c>http</c> only on a loopback host: a simulator or a local
    /// proxy; elsewhere the credentials would cross the network in clear text), with a host, without user info, query or
    /// fragment.
    /// </summary>
    public static string? BaseAddress(Uri? address, string key)
    {
        if (address is null || !address.IsAbsoluteUri || string.IsNullOrEmpty(address.Host))
        {
            return $"{key} must be an absolute https URL.";
        }

        if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            return $"{key} must be an https URL (http only on a loopback host such as a local simulator); was scheme '{address.Scheme}'.";
        }

        if (address.UserInfo.Length > 0 || address.Query.Length > 0 || address.Fragment.Length > 0)
        {
            return $"{key} must not carry user info, a query or a fragment.";
        }

        return null;
    }

    /// <summary>A time span must lie in (0, <paramref name="max"/>].</summary>
    public static string? Span(TimeSpan value, TimeSpan max, string key, string maxText) =>
        value <= TimeSpan.Zero || value > max ? $"{key} must be positive and at most {maxText}; was {value}." : null;

    /// <summary>A count must lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static string? Range(int value, int min, int max, string key) =>
        value < min || value > max ? $"{key} must be between {min} and {max}; was {value}." : null;
}
