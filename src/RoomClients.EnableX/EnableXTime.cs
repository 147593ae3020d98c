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

    /// <summary>Parses a <c>scheduled_time</c> (GMT); <see langword="null"/> when absent or not in that format.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The time, or null.</returns>
    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
}
