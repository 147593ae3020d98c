using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Zoom;

public sealed partial class ZoomSimulator
{
    private bool KnownUser(string user) => user == "me" || user == UserId || string.Equals(user, UserEmail, StringComparison.OrdinalIgnoreCase);

    private ResponseMessage Create(string user, IRequestMessage request)
    {
        if (!KnownUser(user))
        {
            return Error(HttpStatusCode.NotFound, 1001, $"User does not exist: {user}.");
        }

        if (BodyObject(request) is not { } body)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Request Body should be a valid JSON object.");
        }

        if (Validate(body, creating: true) is { } invalid)
        {
            return invalid;
        }

        if (DailyLimitReached() is { } limited)
        {
            return limited;
        }

        var id = _nextId++;
        var type = body["type"]?.GetValue<int>() ?? 2;
        var now = _time.GetUtcNow();
        var password = body["password"]?.GetValue<string>() ?? RandomDigits(6);
        var meeting = new JsonObject
        {
            ["id"] = id,
            ["uuid"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)),
            ["host_id"] = UserId,
            ["host_email"] = UserEmail,
            ["topic"] = body["topic"]?.GetValue<string>() ?? "Zoom Meeting",
            ["type"] = type,
            ["status"] = "waiting",
            ["timezone"] = body["timezone"]?.GetValue<string>() ?? "UTC",
            ["created_at"] = Time(now),
            ["password"] = password,
            ["join_url"] = $"https://{Subdomain}.zoom.us/j/{id}?pwd={RandomToken(24)}",
            ["settings"] = Settings(body["settings"] as JsonObject, new JsonObject()),
        };
        if (type != 3)
        {
            meeting["start_time"] = type == 1 || body["start_time"] is null ? Time(now) : Time(Parse(body["start_time"]!.GetValue<string>()));
            meeting["duration"] = body["duration"]?.GetValue<int>() ?? 60;
        }

        foreach (var field in CopiedFields)
        {
            if (body[field] is { } value)
            {
                meeting[field] = value.DeepClone();
            }
        }

        _meetings[id] = meeting;
        _order.Add(id);
        CreatedCount++;
        var created = Json(HttpStatusCode.Created, Present(meeting));
        created.AddHeader("Content-Location", $"{BaseAddress}meetings/{id}");
        return created;
    }

    private ResponseMessage Update(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Request Body should be a valid JSON object.");
        }

        if (Validate(body, creating: false) is { } invalid)
        {
            return invalid;
        }

        if (DailyLimitReached() is { } limited)
        {
            return limited;
        }

        foreach (var (key, value) in body)
        {
            meeting[key] = key == "settings" ? Settings(value as JsonObject, meeting["settings"] as JsonObject ?? new JsonObject())
                : key == "start_time" && value is not null ? Time(Parse(value.GetValue<string>()))
                : value?.DeepClone();
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage Delete(JsonObject meeting)
    {
        var id = IdOf(meeting);
        if (meeting["status"]?.GetValue<string>() == "started")
        {
            return Error(HttpStatusCode.BadRequest, 3002, "Sorry, you cannot delete this meeting since it is in progress.");
        }

        _meetings.Remove(id);
        _deleted[id] = meeting;
        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage Status(string idText, IRequestMessage request)
    {
        var action = BodyObject(request)?["action"]?.GetValue<string>();
        if (action is not ("end" or "recover"))
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: action must be end or recover.");
        }

        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return NotFound(idText);
        }

        if (action == "recover")
        {
            if (!_deleted.Remove(id, out var restored))
            {
                return _meetings.ContainsKey(id) ? Empty(HttpStatusCode.NoContent) : NotFound(idText);
            }

            restored["status"] = "waiting";
            _meetings[id] = restored;
            return Empty(HttpStatusCode.NoContent);
        }

        return WithMeeting(idText, m =>
        {
            m["status"] = "waiting";
            return Empty(HttpStatusCode.NoContent);
        });
    }

    private ResponseMessage List(string user, IRequestMessage request)
    {
        if (!KnownUser(user))
        {
            return Error(HttpStatusCode.NotFound, 1001, $"User does not exist: {user}.");
        }

        var now = _time.GetUtcNow();
        int offset;
        string filter;
        int pageSize;
        if (Query(request, "next_page_token") is { Length: > 0 } token)
        {
            if (!_pageTokens.Remove(token, out var state) || state.Expires < now)
            {
                return Error(HttpStatusCode.BadRequest, 300, "The next page token is invalid or expired.");
            }

            (offset, filter, pageSize) = (state.Offset, state.Filter, state.PageSize);
        }
        else
        {
            offset = 0;
            filter = Query(request, "type") ?? "live";
            if (filter is not ("scheduled" or "live" or "upcoming"))
            {
                return Error(HttpStatusCode.BadRequest, 300, "Invalid field: type must be scheduled, live or upcoming.");
            }

            pageSize = 30;
            if (Query(request, "page_size") is { } text && (!int.TryParse(text, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > 300))
            {
                return Error(HttpStatusCode.BadRequest, 300, "Invalid field: page_size must be between 1 and 300.");
            }
        }

        var matching = _order.Where(_meetings.ContainsKey).Select(id => _meetings[id]).Where(m => filter switch
        {
            "live" => m["status"]?.GetValue<string>() == "started",
            "upcoming" => Type(m) != 1 && (Type(m) == 3 || Parse(m["start_time"]!.GetValue<string>()) >= now),
            _ => Type(m) != 1, // scheduled: every unexpired meeting but instant ones
        }).ToList();
        var page = matching.Skip(offset).Take(pageSize).ToList();
        string next = string.Empty;
        if (offset + page.Count < matching.Count)
        {
            next = RandomToken(32);
            _pageTokens[next] = (offset + page.Count, filter, pageSize, now.AddMinutes(15));
        }

        var items = page.Select(m =>
        {
            var item = new JsonObject();
            foreach (var field in ListedFields)
            {
                if (m[field] is { } value)
                {
                    item[field] = value.DeepClone();
                }
            }

            if (m["agenda"]?.GetValue<string>() is { } agenda)
            {
                item["agenda"] = agenda.Length > 250 ? agenda[..250] : agenda;
            }

            return (JsonNode?)item;
        }).ToArray();
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["page_size"] = pageSize,
            ["total_records"] = matching.Count,
            ["page_count"] = (matching.Count + pageSize - 1) / pageSize,
            ["next_page_token"] = next,
            ["meetings"] = new JsonArray(items),
        });
    }

    private ResponseMessage Templates(string user) =>
        KnownUser(user)
            ? Json(HttpStatusCode.OK, new JsonObject
            {
                ["total_records"] = 1,
                ["templates"] = new JsonArray(new JsonObject { ["id"] = "AdxbhxCzKgSiWAw", ["name"] = "Weekly consultation", ["type"] = 1 }),
            })
            : Error(HttpStatusCode.NotFound, 1001, $"User does not exist: {user}.");

    private ResponseMessage Invitation(JsonObject meeting) => Json(HttpStatusCode.OK, new JsonObject
    {
        ["invitation"] = $"{UserEmail} is inviting you to a scheduled Zoom meeting.\r\n\r\nTopic: {meeting["topic"]}\r\n\r\nJoin Zoom Meeting\r\n{meeting["join_url"]}\r\n\r\nMeeting ID: {IdOf(meeting)}\r\nPasscode: {meeting["password"]}\r\n",
    });

    private ResponseMessage SetLiveStream(JsonObject meeting, IRequestMessage request)
    {
        if (BodyObject(request) is not { } body || body["stream_url"] is null || body["stream_key"] is null || body["page_url"] is null)
        {
            return Error(HttpStatusCode.BadRequest, 300, "Invalid field: stream_url, stream_key and page_url are required.");
        }

        _liveStreams[IdOf(meeting)] = body;
        return Empty(HttpStatusCode.NoContent);
    }
}
