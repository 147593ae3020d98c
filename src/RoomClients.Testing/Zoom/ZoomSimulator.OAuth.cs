using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Zoom;

public sealed partial class ZoomSimulator
{
    private ResponseMessage HandleOAuth(IRequestMessage request)
    {
        Interlocked.Increment(ref _tokenRequests);
        if (_tokenFaults.TryDequeue(out var fault))
        {
            var response = fault.Body is null ? Empty((HttpStatusCode)fault.Status)
                : Text((HttpStatusCode)fault.Status, fault.Body, fault.Body.TrimStart().StartsWith('{') ? "application/json" : "text/html");
            foreach (var header in fault.Headers ?? new Dictionary<string, string>())
            {
                response.AddHeader(header.Key, header.Value);
            }

            return response;
        }

        if (request.Method != "POST" || request.Path.TrimEnd('/') != "/oauth/token")
        {
            return Json(HttpStatusCode.NotFound, new JsonObject { ["reason"] = "Not found", ["error"] = "not_found" });
        }

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        if (!string.Equals(Header(request, "Authorization"), expected, StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.Unauthorized, new JsonObject { ["reason"] = "Invalid client_id or client_secret", ["error"] = "invalid_client" });
        }

        if (Query(request, "grant_type") != "account_credentials")
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["reason"] = "Unsupported grant type", ["error"] = "unsupported_grant_type" });
        }

        if (Query(request, "account_id") != AccountId)
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["reason"] = "Invalid request : Account ID is invalid.", ["error"] = "invalid_request" });
        }

        var token = "eyJ" + RandomToken(96); // shaped like Zoom's JWT access tokens, so leak checks for "eyJ" mean something
        lock (_tokens)
        {
            if (NewTokenInvalidatesOlder)
            {
                _tokens.Clear();
            }

            _tokens[token] = _time.GetUtcNow() + TokenLifetime;
        }

        Interlocked.Increment(ref _tokensIssued);
        return Json(HttpStatusCode.OK, new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "bearer",
            ["expires_in"] = (long)TokenLifetime.TotalSeconds,
            ["scope"] = "meeting:read:admin meeting:write:admin recording:read:admin recording:write:admin",
            ["api_url"] = "https://api.zoom.us",
        });
    }

    private bool Authorized(string? header)
    {
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        lock (_tokens)
        {
            return _tokens.TryGetValue(header["Bearer ".Length..], out var expires) && _time.GetUtcNow() < expires;
        }
    }
}
