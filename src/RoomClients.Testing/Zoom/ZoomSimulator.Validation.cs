using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Zoom;

public sealed partial class ZoomSimulator
{
    private static ResponseMessage? Validate(JsonObject body, bool creating)
    {
        var errors = new List<(string Field, string Message)>();
        try
        {
            if (body["type"] is { } type && type.GetValue<int>() is not (1 or 2 or 3 or 8))
            {
                errors.Add(("type", "must be 1, 2, 3 or 8."));
            }

            if (body["topic"] is { } topic && topic.GetValue<string>().Length > 200)
            {
                errors.Add(("topic", "must be at most 200 characters."));
            }

            if (body["agenda"] is { } agenda && agenda.GetValue<string>().Length > 2000)
            {
                errors.Add(("agenda", "must be at most 2000 characters."));
            }

            if (body["password"] is { } password && !PasswordPattern().IsMatch(password.GetValue<string>()))
            {
                errors.Add(("password", "must be at most 10 characters of a-z, A-Z, 0-9, @, -, _ and *."));
            }

            if (body["duration"] is { } duration && duration.GetValue<int>() < 0)
            {
                errors.Add(("duration", "must not be negative."));
            }

            if (body["start_time"] is { } start && !DateTimeOffset.TryParse(start.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                errors.Add(("start_time", "must be yyyy-MM-ddTHH:mm:ssZ."));
            }

            if (creating && body["type"]?.GetValue<int>() == 8 && body["recurrence"] is null)
            {
                errors.Add(("recurrence", "is required for a recurring meeting with fixed time."));
            }

            if (body["settings"] is JsonObject settings)
            {
                if (settings["auto_recording"] is { } auto && auto.GetValue<string>() is not ("local" or "cloud" or "none"))
                {
                    errors.Add(("settings.auto_recording", "must be local, cloud or none."));
                }

                if (settings["waiting_room"] is { } waiting)
                {
                    _ = waiting.GetValue<bool>();
                }

                if (settings["jbh_time"] is { } jbh && jbh.GetValue<int>() is not (0 or 5 or 10))
                {
                    errors.Add(("settings.jbh_time", "must be 0, 5 or 10."));
                }

                if (settings["audio"] is { } audio && audio.GetValue<string>() is not ("both" or "telephony" or "voip"))
                {
                    errors.Add(("settings.audio", "must be both, telephony or voip."));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            errors.Add(("body", "a field has the wrong type."));
        }

        if (errors.Count == 0)
        {
            return null;
        }

        var response = new JsonObject
        {
            ["code"] = 300,
            ["message"] = "Validation Failed.",
            ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)new JsonObject { ["field"] = e.Field, ["message"] = e.Message }).ToArray()),
        };
        return Json(HttpStatusCode.BadRequest, response);
    }

    private ResponseMessage? DailyLimitReached()
    {
        if (DailyCreateUpdateLimit is not { } limit)
        {
            return null;
        }

        var key = _time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var count = _dailyCounts.GetValueOrDefault(key);
        if (count >= limit)
        {
            var response = DailyLimitStatus == 300
                ? Error((HttpStatusCode)300, 300, $"A maximum of {limit} meetings can be created/updated for a single user in one day.")
                : Error(HttpStatusCode.TooManyRequests, 429, $"You have exceeded the daily rate limit ({limit}) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.");
            if (DailyLimitStatus != 300)
            {
                response.AddHeader("X-RateLimit-Category", "Medium");
                response.AddHeader("X-RateLimit-Type", "Daily-limit");
                response.AddHeader("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture));
                response.AddHeader("X-RateLimit-Remaining", "0");
            }

            return response;
        }

        _dailyCounts[key] = count + 1;
        return null;
    }

    private static JsonObject Settings(JsonObject? requested, JsonObject current)
    {
        var settings = (JsonObject)current.DeepClone();
        foreach (var (key, value) in new (string, JsonNode)[]
        {
            ("host_video", false), ("participant_video", false), ("join_before_host", false), ("mute_upon_entry", false),
            ("approval_type", 2), ("audio", "both"), ("auto_recording", "none"), ("waiting_room", false), ("alternative_hosts", ""),
        })
        {
            if (settings[key] is null)
            {
                settings[key] = value;
            }
        }

        foreach (var (key, value) in requested ?? [])
        {
            settings[key] = value?.DeepClone();
        }

        if (settings["waiting_room"]?.GetValue<bool>() == true)
        {
            settings["join_before_host"] = false; // Zoom: the waiting room overrides join before host
        }

        return settings;
    }
}
