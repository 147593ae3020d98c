using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Daily;

// Recordings: seeded with AddRecording; list (newest first, starting_after paging), get, access link, delete.
public sealed partial class DailySimulator
{
    private readonly List<string> _recordingOrder = []; // oldest first

    /// <summary>Adds a finished cloud recording (ten minutes long) of the room <paramref name="roomId"/> (its name), as Daily would after a recorded meeting.</summary>
    /// <param name="roomId">The room name (<see cref="Room.Id"/> of a Daily room).</param>
    /// <returns>The recording id, as <c>GET /recordings</c> and the adapter report it.</returns>
    public override string AddRecording(string roomId) => AddRecording(roomId, 600);

    /// <summary>Adds a finished cloud recording of <paramref name="roomName"/>, as Daily would after a recorded meeting.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="durationSeconds">The duration.</param>
    /// <returns>The recording id.</returns>
    public string AddRecording(string roomName, int durationSeconds = 600)
    {
        lock (_rooms)
        {
            var id = Guid.NewGuid().ToString();
            var start = _time.GetUtcNow().AddSeconds(-durationSeconds).ToUnixTimeSeconds();
            _recordings[id] = new JsonObject
            {
                ["id"] = id,
                ["room_name"] = roomName,
                ["start_ts"] = start,
                ["status"] = "finished",
                ["max_participants"] = 2,
                ["duration"] = durationSeconds,
                ["share_token"] = Guid.NewGuid().ToString("N")[..12],
                ["s3key"] = $"{Domain}/{roomName}/{start * 1000}",
                ["mtgSessionId"] = Guid.NewGuid().ToString(),
                ["tracks"] = new JsonArray(),
            };
            _recordingOrder.Add(id);
            return id;
        }
    }

    private ResponseMessage ListRecordings(IRequestMessage request)
    {
        var limit = 100;
        if (Query(request, "limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "limit must be between 1 and 100");
        }

        var roomName = Query(request, "room_name");
        var matching = Enumerable.Reverse(_recordingOrder) // newest first
            .Select(id => _recordings[id])
            .Where(r => roomName is null || r["room_name"]!.GetValue<string>() == roomName)
            .ToList();
        var start = 0;
        if (Query(request, "starting_after") is { } after)
        {
            var index = matching.FindIndex(r => r["id"]!.GetValue<string>() == after);
            if (index < 0)
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", "starting_after must be the id of a recording");
            }

            start = index + 1;
        }

        var page = matching.Skip(start).Take(limit).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject { ["total_count"] = matching.Count, ["data"] = new JsonArray(page) });
    }

    private ResponseMessage DeleteRecording(string id)
    {
        if (!_recordings.Remove(id))
        {
            return NotFound($"recording {id}");
        }

        _recordingOrder.Remove(id);
        return Json(HttpStatusCode.OK, new JsonObject { ["deleted"] = true, ["id"] = id });
    }

    private ResponseMessage AccessLink(string id, IRequestMessage request)
    {
        if (!_recordings.TryGetValue(id, out var recording))
        {
            return NotFound($"recording {id}");
        }

        var seconds = 3600;
        if (Query(request, "valid_for_secs") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) || seconds is < 1 or > 43200))
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "valid_for_secs must be between 1 and 43200");
        }

        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["download_link"] = $"https://daily-recordings.example.test/{recording["s3key"]}?X-Amz-Signature={Guid.NewGuid():N}",
            ["expires"] = _time.GetUtcNow().AddSeconds(seconds).ToUnixTimeSeconds(),
        });
    }
}
