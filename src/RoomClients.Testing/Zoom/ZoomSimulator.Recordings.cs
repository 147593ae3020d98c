using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Zoom;

public sealed partial class ZoomSimulator
{
    /// <summary>Adds a finished cloud recording (an MP4 and an M4A file) to a meeting, as Zoom would after a recorded session.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <returns>The MP4 file's id.</returns>
    public string AddRecording(long meetingId)
    {
        lock (_meetings)
        {
            var meeting = _meetings.TryGetValue(meetingId, out var m) ? m : throw new ArgumentException($"No meeting {meetingId}.", nameof(meetingId));
            var uuid = meeting["uuid"]!.GetValue<string>();
            var start = _time.GetUtcNow().AddMinutes(-30);
            var files = new JsonArray();
            string? first = null;
            foreach (var (type, extension, recordingType) in new[] { ("MP4", "MP4", "shared_screen_with_speaker_view"), ("M4A", "M4A", "audio_only") })
            {
                var id = Guid.NewGuid().ToString();
                first ??= id;
                files.Add(new JsonObject
                {
                    ["id"] = id,
                    ["meeting_id"] = uuid,
                    ["recording_start"] = Time(start),
                    ["recording_end"] = Time(start.AddMinutes(29)),
                    ["file_type"] = type,
                    ["file_extension"] = extension,
                    ["file_size"] = 1_048_576,
                    ["play_url"] = $"https://{Subdomain}.zoom.us/rec/play/{id}",
                    ["download_url"] = $"https://{Subdomain}.zoom.us/rec/download/{id}",
                    ["status"] = "completed",
                    ["recording_type"] = recordingType,
                });
            }

            _recordings[meetingId] = new JsonObject
            {
                ["uuid"] = uuid,
                ["id"] = meetingId,
                ["account_id"] = AccountId,
                ["host_id"] = UserId,
                ["topic"] = meeting["topic"]?.DeepClone(),
                ["type"] = meeting["type"]?.DeepClone(),
                ["start_time"] = Time(start),
                ["duration"] = 30,
                ["total_size"] = 2 * 1_048_576,
                ["recording_count"] = 2,
                ["share_url"] = $"https://{Subdomain}.zoom.us/rec/share/{RandomToken(12)}",
                ["recording_files"] = files,
            };
            return first!;
        }
    }

    /// <summary>
    /// Adds a finished cloud recording to the meeting <paramref name="roomId"/> (its ID in digits, as <see cref="Room.Id"/> gives
    /// it), as <see cref="AddRecording(long)"/> does.
    /// </summary>
    /// <param name="roomId">The meeting ID.</param>
    /// <returns>The MP4 file's id: the <see cref="RoomRecording.Id"/> the adapter lists.</returns>
    public override string? AddRecording(string roomId) =>
        long.TryParse(roomId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? AddRecording(id)
            : throw new ArgumentException($"'{roomId}' is not a Zoom meeting ID.", nameof(roomId));

    /// <summary>Gets the number of download access tokens issued with recordings (<c>include_fields=download_access_token</c>).</summary>
    public int DownloadTokensIssued { get; private set; }

    private ResponseMessage Recordings(string idText, IRequestMessage request)
    {
        var include = Query(request, "include_fields");
        if (include is not (null or "download_access_token"))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: include_fields must be download_access_token.");
        }

        if (Query(request, "ttl") is { } ttlText
            && (!int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out var ttl) || ttl is < 1 or > 604_800))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: ttl must be between 1 and 604800 seconds.");
        }

        var id = RecordingKey(idText);
        if (id is not { } key || !_recordings.TryGetValue(key, out var recording))
        {
            return Error(HttpStatusCode.NotFound, 3301, "This recording does not exist.");
        }

        var answer = (JsonObject)recording.DeepClone();
        if (include is not null)
        {
            answer["download_access_token"] = "eyJ" + RandomToken(64); // a JWT in Zoom's answer: a secret
            DownloadTokensIssued++;
        }

        return Json(HttpStatusCode.OK, answer);
    }

    private ResponseMessage DeleteRecordings(string idText, IRequestMessage request, string? file)
    {
        if (Query(request, "action") is { } action && action is not ("trash" or "delete"))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: action must be trash or delete.");
        }

        if (RecordingKey(idText) is not { } key || !_recordings.TryGetValue(key, out var recording))
        {
            return Error(HttpStatusCode.NotFound, 3301, "This recording does not exist.");
        }

        if (file is null)
        {
            _recordings.Remove(key);
            return Empty(HttpStatusCode.NoContent);
        }

        var files = (JsonArray)recording["recording_files"]!;
        var match = files.OfType<JsonObject>().FirstOrDefault(f => f["id"]!.GetValue<string>() == file);
        if (match is null)
        {
            return Error(HttpStatusCode.NotFound, 3301, "This recording does not exist.");
        }

        files.Remove(match);
        recording["recording_count"] = files.Count;
        recording["total_size"] = files.OfType<JsonObject>().Sum(f => f["file_size"] is { } size ? long.Parse(size.ToJsonString(), CultureInfo.InvariantCulture) : 0);
        if (files.Count == 0)
        {
            _recordings.Remove(key); // nothing left: Zoom answers 3301 again
        }

        return Empty(HttpStatusCode.NoContent);
    }

    /// <summary>A recordings path names a meeting by its ID or by an instance UUID.</summary>
    private long? RecordingKey(string idText)
    {
        if (long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        // A double-encoded UUID arrives encoded once more; WireMock decodes paths like a form, so a UUID's '+' (Base64) can
        // arrive as a space, which no UUID holds.
        var uuid = Uri.UnescapeDataString(idText).Replace(' ', '+');
        return _recordings.Where(r => r.Value["uuid"]!.GetValue<string>() == uuid).Select(r => (long?)r.Key).FirstOrDefault();
    }
}
