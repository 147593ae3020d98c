using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Daily;

// Meeting tokens: HS256 JWTs signed with the API key.
public sealed partial class DailySimulator
{
    /// <summary>Verifies a meeting token this simulator signed and returns its properties, or <see langword="null"/> when it is not one of its tokens.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The properties.</returns>
    public JsonObject? ReadToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var expected = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiKey), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    private ResponseMessage CreateToken(JsonObject? body)
    {
        if (body?["properties"] is not JsonObject properties)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "properties must be an object");
        }

        foreach (var (key, kind) in new[]
        {
            ("exp", JsonValueKind.Number), ("nbf", JsonValueKind.Number), ("room_name", JsonValueKind.String), ("is_owner", JsonValueKind.True),
            ("user_name", JsonValueKind.String), ("user_id", JsonValueKind.String), ("permissions", JsonValueKind.Object),
        })
        {
            if (properties[key] is { } value && value.GetValueKind() != kind && !(kind == JsonValueKind.True && value.GetValueKind() == JsonValueKind.False))
            {
                return Error(HttpStatusCode.BadRequest, "invalid-request-error", $"{key} has the wrong type");
            }
        }

        if (properties["user_id"] is JsonValue userId && userId.GetValue<string>().Length > 36)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "user_id must be at most 36 characters");
        }

        var payload = (JsonObject)properties.DeepClone();
        payload["iat"] = _time.GetUtcNow().ToUnixTimeSeconds();
        var header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var claims = Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiKey), Encoding.ASCII.GetBytes(header + "." + claims)));
        Interlocked.Increment(ref _tokens);
        return Json(HttpStatusCode.OK, new JsonObject { ["token"] = $"{header}.{claims}.{signature}" });
    }

    private ResponseMessage ValidateToken(string token)
    {
        if (ReadToken(token) is not { } payload)
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "token is not valid");
        }

        if (payload["exp"] is JsonValue exp && exp.GetValue<double>() < _time.GetUtcNow().ToUnixTimeSeconds())
        {
            return Error(HttpStatusCode.BadRequest, "invalid-request-error", "token has expired");
        }

        payload.Remove("iat");
        return Json(HttpStatusCode.OK, payload);
    }
}
