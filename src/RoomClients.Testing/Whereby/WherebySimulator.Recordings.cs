using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Whereby;

// Recordings: seeded finished cloud recordings, GET /recordings (by roomName, cursor paging), GET/DELETE /recordings/{id},
// GET /recordings/{id}/access-link.
public sealed partial class WherebySimulator
{
    private readonly Dictionary<string, JsonObject> _recordings = new(StringComparer.Ordinal);
    private readonly List<string> _recordingOrder = [];

    /// <summary>Adds a finished 30-minute cloud recording (12.5 MB) of the meeting <paramref name="roomId"/>, as Whereby would after a recorded session.</summary>
    /// <param name="roomId">The meeting id (<see cref="Room.Id"/>).</param>
    /// <returns>The recording id.</returns>
    /// <exception cref="ArgumentException">No such meeting.</exception>
    public override string AddRecording(string roomId) => AddRecording(roomId, 12.5);

    /// <summary>Adds a finished 30-minute cloud recording of the meeting <paramref name="roomId"/>, filed under the meeting's room name.</summary>
    /// <param name="roomId">The meeting id (<see cref="Room.Id"/>).</param>
    /// <param name="sizeInMegaBytes">The file size.</param>
    /// <returns>The recording id.</returns>
    /// <exception cref="ArgumentException">No such meeting.</exception>
    public string AddRecording(string roomId, double sizeInMegaBytes)
    {
        lock (_meetings)
        {
            if (!_meetings.TryGetValue(roomId, out var meeting))
            {
                throw new ArgumentException($"The simulator has no meeting '{roomId}'.", nameof(roomId));
            }

            var roomName = (string)meeting["roomName"]!;
            var id = Guid.NewGuid().ToString();
            var now = _time.GetUtcNow();
            _recordings[id] = new JsonObject
            {
                ["recordingId"] = id,
                ["roomSessionId"] = Guid.NewGuid().ToString(),
                ["roomName"] = roomName,
                ["filename"] = $"{roomName.TrimStart('/')}-{now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}.mp4",
                ["startDate"] = Date(now.AddMinutes(-30)),
                ["endDate"] = Date(now),
                ["sizeInMegaBytes"] = sizeInMegaBytes,
            };
            _recordingOrder.Add(id);
            return id;
        }
    }

    private ResponseMessage ListRecordings(IRequestMessage request)
    {
        if (Paging(request, out var start, out var limit) is { } invalid)
        {
            return invalid;
        }

        var roomName = Query(request, "roomName");
        var items = _recordingOrder.Where(_recordings.ContainsKey).Select(id => _recordings[id])
            .Where(r => roomName is null || (string?)r["roomName"] == roomName)
            .Select(r => (JsonObject)r.DeepClone());
        return Page(items, start, limit);
    }

    private ResponseMessage AccessLink(string id, IRequestMessage request)
    {
        if (!_recordings.TryGetValue(Uri.UnescapeDataString(id), out var recording))
        {
            return NotFound();
        }

        var seconds = 3600;
        if (Query(request, "validForSeconds") is { } text && (!int.TryParse(text, CultureInfo.InvariantCulture, out seconds) || seconds is < 1 or > 43200))
        {
            return BadRequest("\"validForSeconds\" must be between 1 and 43200");
        }

        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["accessLink"] = $"https://recordings.example.test/{recording["filename"]}?signature={Guid.NewGuid():N}",
            ["expires"] = _time.GetUtcNow().AddSeconds(seconds).ToUnixTimeMilliseconds(),
        });
    }

    private static ResponseMessage Find(Dictionary<string, JsonObject> items, string id) =>
        items.TryGetValue(Uri.UnescapeDataString(id), out var item) ? Json(HttpStatusCode.OK, item.DeepClone()) : NotFound();

    private static ResponseMessage Remove(Dictionary<string, JsonObject> items, string id)
    {
        items.Remove(Uri.UnescapeDataString(id)); // idempotent, as documented: 204 even when already gone
        return Empty(HttpStatusCode.NoContent);
    }
}
