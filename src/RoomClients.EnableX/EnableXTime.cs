using System.Globalization;

namespace RoomClients.EnableX;

/// <summary>EnableX's <c>scheduled_time</c> format: <c>YYYY-MM-DD HH:MM:SS</c> in GMT.</summary>
internal static class EnableXTime
{
    private const string Pattern = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Formats <paramref name="time"/> in GMT, to the second.</summary>
    /// <param name="time">The time.</param>
    /// <returns>Such as <c>2021-05-31 05:30:00</c>.</returns>
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Returns <paramref name="time"/> in UTC, cut to the whole second (what <see cref="Format"/> keeps).</summary>
    /// <param name="time">The time.</param>
    /// <returns>The time EnableX stores.</returns>
    internal static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>Parses a <c>scheduled_time</c> (GMT); <see langword="null"/> when absent or not in that format.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time, or null.</returns>
    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
}
