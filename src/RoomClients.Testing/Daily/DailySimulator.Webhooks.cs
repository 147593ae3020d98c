using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Daily;

// Webhooks: create, list, get, update (re-activates), delete.
public sealed partial class DailySimulator
{
    private ResponseMessage CreateWebhook(JsonObject? body)
    {
        if (body?["url"] is not JsonValue url || !Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "url is required");
        }

        var id = Guid.NewGuid().ToString();
        var now = _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var webhook = new JsonObject
        {
            ["uuid"] = id,
            ["url"] = url.GetValue<string>(),
            ["hmac"] = body["hmac"]?.GetValue<string>() ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["basicAuth"] = body["basicAuth"]?.GetValue<string>(),
            ["retryType"] = body["retryType"]?.GetValue<string>() ?? "circuit-breaker",
            ["eventTypes"] = body["eventTypes"]?.DeepClone() ?? new JsonArray(),
            ["state"] = "ACTIVE",
            ["failedCount"] = 0,
            ["lastMomentPushed"] = null,
            ["domainId"] = Guid.NewGuid().ToString(),
            ["createdAt"] = now,
            ["updatedAt"] = now,
        };
        _webhooks[id] = webhook;
        return Json(HttpStatusCode.OK, webhook.DeepClone());
    }

    private ResponseMessage UpdateWebhook(string id, JsonObject? body)
    {
        if (!_webhooks.TryGetValue(id, out var webhook))
        {
            return NotFound($"webhook {id}");
        }

        foreach (var key in new[] { "url", "hmac", "basicAuth", "retryType", "eventTypes" })
        {
            if (body?[key] is { } value)
            {
                webhook[key] = value.DeepClone();
            }
        }

        webhook["state"] = "ACTIVE"; // an update re-activates a failed webhook
        webhook["failedCount"] = 0;
        return Json(HttpStatusCode.OK, webhook.DeepClone());
    }
}
