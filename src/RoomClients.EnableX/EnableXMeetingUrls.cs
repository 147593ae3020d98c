using System.Buffers;
using System.Text;

namespace RoomClients.EnableX;

/// <summary>
/// Builds EnableX embed meeting URLs: participant <c>https://&lt;subdomain&gt;.&lt;domain&gt;/&lt;ROOM_ID&gt;</c> and moderator
/// <c>https://&lt;subdomain&gt;.&lt;domain&gt;/host/&lt;base64("ROOM_ID-APP_ID")&gt;</c>.
/// </summary>
public static class EnableXMeetingUrls
{
    private const string Scheme = "https://";
    private const string HostPath = "/host/";

    /// <summary>The Embed Lite domain (4-participant layout).</summary>
    public const string LiteDomain = "yourvideo.app";

    /// <summary>The Embed Premium domain (12-participant layout).</summary>
    public const string PremiumDomain = "yourvideo.live";

    /// <summary>Builds the participant URL.</summary>
    /// <param name="subdomain">Your embed subdomain.</param>
    /// <param name="domain">The domain, such as <see cref="LiteDomain"/>.</param>
    /// <param name="roomId">The room id.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="subdomain"/>.<paramref name="domain"/> is not a DNS host name.</exception>
    public static Uri Participant(string subdomain, string domain, string roomId) => ParticipantOn(MeetingHost(subdomain, domain), roomId);

    /// <summary>Builds the moderator URL.</summary>
    /// <param name="subdomain">Your embed subdomain.</param>
    /// <param name="domain">The domain, such as <see cref="LiteDomain"/>.</param>
    /// <param name="roomId">The room id.</param>
    /// <param name="appId">Your APP_ID.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="subdomain"/>.<paramref name="domain"/> is not a DNS host name.</exception>
    public static Uri Moderator(string subdomain, string domain, string roomId, string appId) => ModeratorOn(MeetingHost(subdomain, domain), roomId, appId);

    /// <summary>The moderator hash: standard Base64 of <c>ROOM_ID-APP_ID</c> (UTF-8).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="appId">Your APP_ID.</param>
    /// <returns>The hash.</returns>
    public static string ModeratorHash(string roomId, string appId) => WithModeratorHash(null, roomId, appId);

    /// <summary>
    /// The moderator hash, after <c>https://&lt;host&gt;/host/</c> when <paramref name="host"/> is given, as one string: the
    /// UTF-8 of <c>ROOM_ID-APP_ID</c> is written on the stack (or a rented buffer) and encoded into the result directly.
    /// </summary>
    private static string WithModeratorHash(string? host, string roomId, string appId)
    {
        Required(roomId, nameof(roomId));
        Required(appId, nameof(appId));
        var byteCount = Encoding.UTF8.GetByteCount(roomId) + 1 + Encoding.UTF8.GetByteCount(appId);
        var prefixLength = host is null ? 0 : Scheme.Length + host.Length + HostPath.Length;
        return string.Create(prefixLength + ((byteCount + 2) / 3 * 4), (host, roomId, appId, byteCount), static (chars, state) =>
        {
            var (host, roomId, appId, byteCount) = state;
            var at = 0;
            if (host is not null)
            {
                Scheme.AsSpan().CopyTo(chars);
                at = Scheme.Length;
                host.AsSpan().CopyTo(chars[at..]);
                at += host.Length;
                HostPath.AsSpan().CopyTo(chars[at..]);
                at += HostPath.Length;
            }

            byte[]? rented = null;
            var bytes = byteCount <= 256 ? stackalloc byte[256] : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
            try
            {
                var written = Encoding.UTF8.GetBytes(roomId, bytes);
                bytes[written++] = (byte)'-';
                written += Encoding.UTF8.GetBytes(appId, bytes[written..]);
                if (!Convert.TryToBase64Chars(bytes[..written], chars[at..], out var encoded) || at + encoded != chars.Length)
                {
                    throw new InvalidOperationException("The moderator hash did not fill its computed length."); // Base64 is 4 characters per 3 bytes, padded
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        });
    }

    /// <summary>The participant URL on a host <see cref="MeetingHost"/> returned.</summary>
    internal static Uri ParticipantOn(string host, string roomId) =>
        new($"https://{host}/{Uri.EscapeDataString(Required(roomId, nameof(roomId)))}");

    /// <summary>The moderator URL on a host <see cref="MeetingHost"/> returned.</summary>
    internal static Uri ModeratorOn(string host, string roomId, string appId) =>
        new(WithModeratorHash(host, roomId, appId)); // one string; Base64 as is, padding included, as the docs describe

    private static string Label(string value, string name) => Required(value, name).Trim('.');

    /// <summary>The meeting host: both parts must make a DNS name, so nothing in them (<c>/</c>, <c>@</c>, <c>:</c>, <c>#</c>) can move the URL elsewhere.</summary>
    internal static string MeetingHost(string subdomain, string domain)
    {
        var host = $"{Label(subdomain, nameof(subdomain))}.{Label(domain, nameof(domain))}";
        if (Uri.CheckHostName(host) != UriHostNameType.Dns)
        {
            throw new ArgumentException($"'{nameof(subdomain)}.{nameof(domain)}' must make a DNS host name.", nameof(subdomain));
        }

        return host;
    }

    private static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
