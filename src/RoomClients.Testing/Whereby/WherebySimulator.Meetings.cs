using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Whereby;

// Meetings: POST/GET/DELETE /meetings, with the fields (hostRoomUrl, viewerRoomUrl) a caller asks for.
public sealed partial class WherebySimulator
{
    private readonly Dictionary<string, JsonObject> _meetings = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private int _nextId = 1000;

    private ResponseMessage Create(IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body?["endDate"]?.GetValue<string>() is not { } endText
            || !DateTimeOffset.TryParse(endText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var endDate))
        {
            return BadRequest("\"endDate\" is required and must be a date-time");
        }

        var now = _time.GetUtcNow();
        if (endDate < now.AddMinutes(-1))
        {
            return BadRequest("\"endDate\" must be in the future");
        }

        var prefix = body["roomNamePrefix"]?.GetValue<string>() ?? string.Empty;
        var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
        var roomName = $"/{prefix}{(prefix.Length > 0 ? "-" : string.Empty)}{Guid.NewGuid()}";
        var roomUrl = $"https://{Subdomain}.whereby.com{roomName}";
        var meeting = new JsonObject
        {
            ["meetingId"] = id,
            ["roomName"] = roomName,
            ["roomUrl"] = roomUrl,
            ["startDate"] = Date(now),
            ["endDate"] = Date(endDate),
            ["hostRoomUrl"] = $"{roomUrl}?roomKey={Guid.NewGuid():N}",
            ["viewerRoomUrl"] = $"https://{Subdomain}.whereby.com/viewer-{Guid.NewGuid():N}",
        };
        _meetings[id] = meeting;
        _order.Add(id);
        CreatedCount++;
        var fields = body["fields"] is JsonArray array ? array.Select(f => f?.GetValue<string>()).ToList() : [];
        return Json(HttpStatusCode.Created, Project(meeting, fields));
    }

    private ResponseMessage Get(string id, IRequestMessage request) =>
        _meetings.TryGetValue(Uri.UnescapeDataString(id), out var meeting) ? Json(HttpStatusCode.OK, Project(meeting, FieldsOf(request))) : NotFound();

    private ResponseMessage List(IRequestMessage request)
    {
        if (Paging(request, out var start, out var limit) is { } invalid)
        {
            return invalid;
        }

        var fields = FieldsOf(request);
        return Page(_order.Where(_meetings.ContainsKey).Select(id => Project(_meetings[id], fields)), start, limit);
    }

    private ResponseMessage Delete(string id)
    {
        _meetings.Remove(Uri.UnescapeDataString(id)); // idempotent, as documented: 204 even when already gone
        return Empty(HttpStatusCode.NoContent);
    }

    private static List<string?> FieldsOf(IRequestMessage request) =>
        (Query(request, "fields") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => (string?)f).ToList();

    private static JsonObject Project(JsonObject meeting, List<string?> fields)
    {
        var copy = (JsonObject)meeting.DeepClone();
        if (!fields.Contains("hostRoomUrl"))
        {
            copy.Remove("hostRoomUrl");
        }

        if (!fields.Contains("viewerRoomUrl"))
        {
            copy.Remove("viewerRoomUrl");
        }

        return copy;
    }
}
