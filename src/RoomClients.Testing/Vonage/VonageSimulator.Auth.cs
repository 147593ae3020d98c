using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WireMock;

namespace RoomClients.Testing.Vonage;

// Authentication: every call needs an application JWT (RS256, application_id, iat, jti, a lifetime of at most 24 hours).
public sealed partial class VonageSimulator
{
    private ResponseMessage? Authenticate(IRequestMessage request)
    {
        var header = Header(request, "Authorization");
        if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Unauthorized("Missing Auth", "Auth header is required");
        }

        var parts = header["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return Unauthorized("Invalid Token", "The token is not a JWT");
        }

        try
        {
            using var head = JsonDocument.Parse(Base64Url(parts[0]));
            if (head.RootElement.GetProperty("alg").GetString() != "RS256")
            {
                return Unauthorized("Invalid Token", "alg must be RS256");
            }

            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!_publicKey.VerifyData(signed, Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return Unauthorized("Invalid Token", "The signature does not verify");
            }

            using var payload = JsonDocument.Parse(Base64Url(parts[1]));
            var claims = payload.RootElement;
            var now = _time.GetUtcNow().ToUnixTimeSeconds();
            if (!claims.TryGetProperty("application_id", out var app) || app.GetString() != ApplicationId)
            {
                return Unauthorized("Invalid Token", "application_id does not match");
            }

            if (!claims.TryGetProperty("iat", out var iat) || !claims.TryGetProperty("jti", out var jti) || string.IsNullOrEmpty(jti.GetString()))
            {
                return Unauthorized("Invalid Token", "iat and jti are required");
            }

            var expires = claims.TryGetProperty("exp", out var exp) ? exp.GetInt64() : iat.GetInt64() + 900;
            if (expires <= now || expires - iat.GetInt64() > 86400 || iat.GetInt64() > now + 60)
            {
                return Unauthorized("Invalid Token", "The token has expired or its lifetime is over 24 hours");
            }

            lock (_tokenIds)
            {
                _tokenIds.Add(jti.GetString()!);
            }

            return null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or CryptographicException)
        {
            return Unauthorized("Invalid Token", "The token could not be read");
        }
    }
}
