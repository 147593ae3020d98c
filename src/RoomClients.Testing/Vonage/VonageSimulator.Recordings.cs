using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vonage;

// Recordings: by session (seeded with AddRecording), get, delete (only uploaded ones).
public sealed partial class VonageSimulator
{
    /// <summary>Adds a recording of <paramref name="sessionId"/>, as if a meeting had been recorded.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="status">started, stopped, paused or uploaded.</param>
    /// <returns>The recording id.</returns>
    public string AddRecording(string sessionId, string status = "uploaded")
    {
        var id = Guid.NewGuid().ToString();
        var now = _time.GetUtcNow();
        lock (_rooms)
        {
            _recordings[id] = new JsonObject
            {
                ["id"] = id,
                ["session_id"] = sessionId,
                ["started_at"] = Iso(now.AddMinutes(-30)),
                ["ended_at"] = Iso(now),
                ["status"] = status,
                ["_links"] = new JsonObject { ["url"] = new JsonObject { ["href"] = $"{Url}storage/recordings/{id}/archive.mp4" } },
            };
        }

        return id;
    }

    private ResponseMessage DeleteRecording(string id)
    {
        if (!_recordings.TryGetValue(id, out var recording))
        {
            return NotFound(id);
        }

        if (recording["status"]?.GetValue<string>() != "uploaded")
        {
            return Json(HttpStatusCode.InternalServerError, new JsonObject { ["message"] = "Recording can only be deleted when uploaded", ["name"] = "InternalServerError", ["status"] = 500 });
        }

        _recordings.Remove(id);
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage SessionRecordings(string sessionId)
    {
        var recordings = _recordings.Values.Where(r => r["session_id"]?.GetValue<string>() == sessionId).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return recordings.Length == 0 ? NotFound(sessionId) : Json(HttpStatusCode.OK, new JsonObject { ["_embedded"] = new JsonObject { ["recordings"] = new JsonArray(recordings) } });
    }
}
