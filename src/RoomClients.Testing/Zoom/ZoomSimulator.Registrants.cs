using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Zoom;

public sealed partial class ZoomSimulator
{
    private ResponseMessage Registrants(JsonObject meeting, IRequestMessage request)
    {
        var status = Query(request, "status") ?? "approved";
        var list = (_registrants.GetValueOrDefault(IdOf(meeting)) ?? []).Where(r => r["status"]!.GetValue<string>() == status).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject { ["page_size"] = 30, ["total_records"] = list.Length, ["page_count"] = 1, ["next_page_token"] = "", ["registrants"] = new JsonArray(list) });
    }

    private ResponseMessage AddRegistrant(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body || body["email"] is null || body["first_name"] is null)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: email and first_name are required.");
        }

        var id = RandomToken(22);
        var registrant = (JsonObject)body.DeepClone();
        registrant["id"] = id;
        registrant["status"] = body["auto_approve"]?.GetValue<bool>() == false ? "pending" : "approved";
        registrant["create_time"] = Time(_time.GetUtcNow());
        registrant["join_url"] = $"https://{Subdomain}.zoom.us/w/{IdOf(meeting)}?tk={RandomToken(24)}";
        registrant.Remove("auto_approve");
        if (!_registrants.TryGetValue(IdOf(meeting), out var list))
        {
            _registrants[IdOf(meeting)] = list = [];
        }

        list.Add(registrant);
        return Json(HttpStatusCode.Created, new JsonObject
        {
            ["id"] = IdOf(meeting),
            ["registrant_id"] = id,
            ["topic"] = meeting["topic"]?.DeepClone(),
            ["start_time"] = meeting["start_time"]?.DeepClone(),
            ["join_url"] = registrant["join_url"]!.DeepClone(),
        });
    }

    private ResponseMessage SetQuestions(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Request Body should be a valid JSON object.");
        }

        _questions[IdOf(meeting)] = body;
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage RegistrantStatus(JsonObject meeting, IRequestMessage request)
    {
        var body = BodyObject(request);
        var action = body?["action"]?.GetValue<string>();
        if (action is not ("approve" or "cancel" or "deny"))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: action must be approve, cancel or deny.");
        }

        var status = action switch { "approve" => "approved", "deny" => "denied", _ => "cancelled" };
        var named = (body!["registrants"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        foreach (var registrant in _registrants.GetValueOrDefault(IdOf(meeting)) ?? [])
        {
            if (named.Count == 0 || named.Any(n => n["id"]?.GetValue<string>() == registrant["id"]!.GetValue<string>()
                || string.Equals(n["email"]?.GetValue<string>(), registrant["email"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase)))
            {
                registrant["status"] = status;
            }
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage RemoveRegistrant(JsonObject meeting, string registrant)
    {
        var list = _registrants.GetValueOrDefault(IdOf(meeting)) ?? [];
        return list.RemoveAll(r => r["id"]!.GetValue<string>() == registrant) > 0
            ? Empty(HttpStatusCode.NoContent)
            : Error(HttpStatusCode.NotFound, 3001, $"Registrant {registrant} not found.");
    }
}
