using System.Text.Json.Serialization;

namespace RoomClients.Zoom.Models;

/// <summary>The recurrence of a recurring meeting (types 3 and 8).</summary>
public sealed class ZoomRecurrence
{
    /// <summary>Gets or sets 1 daily, 2 weekly, 3 monthly.</summary>
    [JsonPropertyName("type")]
    public int Type { get; set; }

    /// <summary>Gets or sets the interval between occurrences (days: at most 99; weeks: 50; months: 10).</summary>
    [JsonPropertyName("repeat_interval")]
    public int? RepeatInterval { get; set; }

    /// <summary>Gets or sets for weekly meetings, the days: <c>1</c> (Sunday) to <c>7</c> (Saturday), comma-separated.</summary>
    [JsonPropertyName("weekly_days")]
    public string? WeeklyDays { get; set; }

    /// <summary>Gets or sets for monthly meetings, the day of the month (1-31).</summary>
    [JsonPropertyName("monthly_day")]
    public int? MonthlyDay { get; set; }

    /// <summary>Gets or sets for monthly meetings, the week: -1 (last), 1 to 4.</summary>
    [JsonPropertyName("monthly_week")]
    public int? MonthlyWeek { get; set; }

    /// <summary>Gets or sets for monthly meetings, the weekday: 1 (Sunday) to 7.</summary>
    [JsonPropertyName("monthly_week_day")]
    public int? MonthlyWeekDay { get; set; }

    /// <summary>Gets or sets how many times the meeting recurs (at most 365); not with <see cref="EndDateTime"/>.</summary>
    [JsonPropertyName("end_times")]
    public int? EndTimes { get; set; }

    /// <summary>Gets or sets when the recurrence ends; not with <see cref="EndTimes"/>.</summary>
    [JsonPropertyName("end_date_time")]
    [JsonConverter(typeof(ZoomTimeJsonConverter))]
    public DateTimeOffset? EndDateTime { get; set; }
}
