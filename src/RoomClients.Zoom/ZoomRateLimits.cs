namespace RoomClients.Zoom;

/// <summary>Zoom's limits: per-second limits by endpoint label, and 100 meeting creates/updates per host per day, reset at 00:00 UTC.</summary>
internal static class ZoomRateLimits
{
    /// <summary>Zoom's code for an invalid or expired access token (HTTP 401).</summary>
    public const int InvalidAccessTokenCode = 124;

    /// <summary>Whether an error message is Zoom's daily create/update limit ("You have exceeded the daily rate limit (100) of Meeting Create/Update API requests…"; the 2022 file's 300 "A maximum of {n} meetings can be created/updated for a single user in one day").</summary>
    public static bool IsDailyLimit(string? message) =>
        message is not null
        && (message.Contains("daily rate limit", StringComparison.OrdinalIgnoreCase)
            || message.Contains("in one day", StringComparison.OrdinalIgnoreCase)
            || message.Contains("per day", StringComparison.OrdinalIgnoreCase));

    /// <summary>The wait until Zoom resets its daily counters (00:00 UTC).</summary>
    public static TimeSpan UntilDailyReset(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var midnight = new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero).AddDays(1);
        return midnight - utc;
    }
}
