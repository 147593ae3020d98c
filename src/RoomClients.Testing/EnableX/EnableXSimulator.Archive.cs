using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.EnableX;

public sealed partial class EnableXSimulator
{
    private int _nextConference = 1;

    /// <summary>
    /// Adds the archive record of a finished, recorded session of the room <paramref name="roomId"/>, as EnableX reports it
    /// once the session's files are transcoded: <c>_id</c>, <c>trans_date</c>, <c>conf_num</c>, raw <c>recording</c> and
    /// playable <c>transcoded</c> file URLs on the portal host, <c>chatdata</c> and <c>metadata</c>.
    /// </summary>
    /// <param name="roomId">The room id.</param>
    /// <returns>The record's <c>_id</c>: the <see cref="RoomRecording.Id"/> the adapter lists.</returns>
    public override string? AddRecording(string roomId) => AddRecording(roomId, transcoded: true);

    /// <summary>Adds a session's archive record; without <paramref name="transcoded"/>, it has only the raw files (transcoding under way).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="transcoded">Whether the playable file is ready.</param>
    /// <returns>The record's <c>_id</c>.</returns>
    public string AddRecording(string roomId, bool transcoded)
    {
        lock (_rooms)
        {
            if (!_rooms.ContainsKey(roomId))
            {
                throw new ArgumentException($"No room {roomId}.", nameof(roomId));
            }

            var id = $"{_archive.Count + 1:x8}{Guid.NewGuid():N}"[..24];
            var conference = $"{_nextConference++:D3}_{Guid.NewGuid():N}"[..16];
            var path = $"https://portal.enablex.io/recording/{AppId}/{roomId}/{conference}";
            var record = new JsonObject
            {
                ["_id"] = id,
                ["trans_date"] = _time.GetUtcNow().AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                ["conf_num"] = conference,
                ["app_id"] = AppId,
                ["room_id"] = roomId,
                ["recording"] = new JsonArray(new JsonObject { ["url"] = $"{path}/raw/{id}.mkv" }),
                ["transcoded"] = transcoded ? new JsonArray(new JsonObject { ["url"] = $"{path}/{id}.mp4" }) : new JsonArray(),
                ["chatdata"] = $"{path}/chat.json",
                ["metadata"] = $"{path}/metadata.json",
            };
            _archive.Add(record);
            return id;
        }
    }

    /// <summary>The archive look-ups: by room, by session, by UTC period (<c>YYYY-MM-DD</c>, inclusive), or room and period.</summary>
    private ResponseMessage Archive(string? roomId, string? conference, string? from, string? to)
    {
        DateOnly? first = null;
        DateOnly? last = null;
        if (from is not null || to is not null)
        {
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)
                || !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                return Error(HttpStatusCode.BadRequest, 10203, "Invalid date", "from_date and to_date must be YYYY-MM-DD");
            }

            (first, last) = (f, t);
        }

        var records = _archive.Where(r =>
            (roomId is null || r["room_id"]!.GetValue<string>() == roomId)
            && (conference is null || r["conf_num"]!.GetValue<string>() == conference)
            && (first is null || InPeriod(r, first.Value, last!.Value)));
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["result"] = "0", // a string in archive answers, as EnableX's examples show
            ["archive"] = new JsonArray([.. records.Select(r => (JsonNode)r.DeepClone())]),
        });
    }

    private static bool InPeriod(JsonObject record, DateOnly first, DateOnly last)
    {
        var day = DateOnly.FromDateTime(DateTimeOffset.Parse(record["trans_date"]!.GetValue<string>(), CultureInfo.InvariantCulture).UtcDateTime);
        return day >= first && day <= last;
    }
}
