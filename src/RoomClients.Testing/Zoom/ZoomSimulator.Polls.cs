using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Zoom;

public sealed partial class ZoomSimulator
{
    private ResponseMessage CreatePolls(JsonObject meeting, IRequestMessage request, bool batch)
    {
        if (Type(meeting) == 1)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Instant meetings do not have polling features enabled.");
        }

        var body = BodyObject(request);
        var requested = batch ? (body?["polls"] as JsonArray ?? []).OfType<JsonObject>().ToList() : body is null ? [] : [body];
        if (requested.Count == 0 || requested.Any(p => p["questions"] is not JsonArray { Count: > 0 }))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: a poll needs questions.");
        }

        if (!_polls.TryGetValue(IdOf(meeting), out var polls))
        {
            _polls[IdOf(meeting)] = polls = [];
        }

        var created = requested.Select(p =>
        {
            var poll = (JsonObject)p.DeepClone();
            poll["id"] = RandomToken(22);
            poll["status"] = "notstart";
            polls.Add(poll);
            return poll;
        }).ToList();
        return Json(HttpStatusCode.Created, batch ? PollList(created) : created[0].DeepClone());
    }

    private static ResponseMessage ReplacePoll(JsonObject poll, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body || body["questions"] is not JsonArray)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: a poll needs questions.");
        }

        poll["title"] = body["title"]?.DeepClone();
        poll["questions"] = body["questions"]!.DeepClone();
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage WithPoll(JsonObject meeting, string pollId, Func<JsonObject, ResponseMessage> then) =>
        (_polls.GetValueOrDefault(IdOf(meeting)) ?? []).FirstOrDefault(p => p["id"]!.GetValue<string>() == pollId) is { } poll
            ? then(poll)
            : Error(HttpStatusCode.NotFound, 404, "Meeting Poll not found.");

    private static JsonObject PollList(List<JsonObject> polls) =>
        new() { ["total_records"] = polls.Count, ["polls"] = new JsonArray(polls.Select(p => (JsonNode?)p.DeepClone()).ToArray()) };
}
