using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vonage;

// Themes, the three-step logo upload and the application's default theme.
public sealed partial class VonageSimulator
{
    private ResponseMessage CreateTheme(IRequestMessage request)
    {
        var body = BodyObject(request);
        if (body is null || Text(body, "main_color") is not { } color || !IsColor(color) || Text(body, "brand_text") is not { Length: > 0 } brand)
        {
            return BadRequest("\"main_color\" (#rgb or #rrggbb) and \"brand_text\" are required");
        }

        var name = Text(body, "theme_name") ?? Guid.NewGuid().ToString();
        var shortUrl = Text(body, "short_company_url");
        if (_themes.Values.Any(t => Text(t, "theme_name") == name || (shortUrl is not null && Text(t, "short_company_url") == shortUrl)))
        {
            return Json(HttpStatusCode.Conflict, new JsonObject { ["message"] = "theme_name or short_company_url already exists", ["name"] = "ConflictError", ["status"] = 409 });
        }

        var id = Guid.NewGuid().ToString();
        var theme = new JsonObject
        {
            ["theme_id"] = id,
            ["theme_name"] = name,
            ["domain"] = "VCP",
            ["account_id"] = "sim-account",
            ["application_id"] = ApplicationId,
            ["main_color"] = color,
            ["short_company_url"] = shortUrl,
            ["brand_text"] = brand,
        };
        _themes[id] = theme;
        return Json(HttpStatusCode.Created, theme.DeepClone());
    }

    private ResponseMessage UpdateTheme(string id, IRequestMessage request)
    {
        if (!_themes.TryGetValue(id, out var theme))
        {
            return NotFound(id);
        }

        if (BodyObject(request)?["update_details"] is not JsonObject details || details.Count == 0)
        {
            return BadRequest("\"update_details\" must have at least one key");
        }

        if (Text(details, "main_color") is { } color && !IsColor(color))
        {
            return BadRequest("\"main_color\" must be #rgb or #rrggbb");
        }

        foreach (var (key, value) in details)
        {
            theme[key] = value?.DeepClone();
        }

        return Json(HttpStatusCode.OK, theme.DeepClone());
    }

    private ResponseMessage DeleteTheme(string id, IRequestMessage request)
    {
        if (!_themes.ContainsKey(id))
        {
            return NotFound(id);
        }

        var inUse = _defaultThemeId == id || _rooms.Values.Any(r => r["theme_id"]?.GetValue<string>() == id);
        if (inUse && Query(request, "force") != "true")
        {
            return Json(HttpStatusCode.BadRequest, new JsonObject { ["message"] = "Theme is in use; use force=true", ["name"] = "BadRequestError", ["status"] = 400 });
        }

        _themes.Remove(id);
        foreach (var room in _rooms.Values.Where(r => r["theme_id"]?.GetValue<string>() == id))
        {
            room["theme_id"] = null;
        }

        if (_defaultThemeId == id)
        {
            _defaultThemeId = null;
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage LogoForms()
    {
        var forms = new JsonArray();
        foreach (var type in new[] { "white", "colored", "favicon" })
        {
            forms.Add(new JsonObject
            {
                ["url"] = $"{Url}storage/upload",
                ["fields"] = new JsonObject
                {
                    ["Content-Type"] = "image/png",
                    ["key"] = $"auto-expiring-temp/logos/{type}/{Guid.NewGuid()}",
                    ["logoType"] = type,
                    ["bucket"] = "roomservice-whitelabel-logos-sim",
                    ["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256",
                    ["X-Amz-Credential"] = "SIM/20260101/eu-west-1/s3/aws4_request",
                    ["X-Amz-Date"] = "20260101T000000Z",
                    ["X-Amz-Security-Token"] = "sim-token",
                    ["Policy"] = "c2ltLXBvbGljeQ==",
                    ["X-Amz-Signature"] = "sim-signature",
                },
            });
        }

        return Json(HttpStatusCode.OK, forms);
    }

    private ResponseMessage Upload(IRequestMessage request)
    {
        if (Header(request, "Authorization") is not null)
        {
            return Text(HttpStatusCode.BadRequest, "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>", "application/xml");
        }

        var body = request.Body ?? (request.BodyAsBytes is { } bytes ? Encoding.Latin1.GetString(bytes) : string.Empty);
        var marker = "name=key";
        var at = body.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || !body.Contains("name=file", StringComparison.Ordinal))
        {
            return Text(HttpStatusCode.BadRequest, $"<Error><Code>InvalidArgument</Code><Message>key and file are required ({body.Length} bytes)</Message></Error>", "application/xml");
        }

        var value = body[(at + marker.Length)..].Split(["\r\n\r\n"], 2, StringSplitOptions.None)[1];
        var key = value[..value.IndexOf("\r\n", StringComparison.Ordinal)];
        lock (_rooms)
        {
            _uploadedKeys.Add(key);
        }

        return Empty(HttpStatusCode.NoContent);
    }

    private ResponseMessage FinalizeLogos(string id, IRequestMessage request)
    {
        if (!_themes.TryGetValue(id, out var theme))
        {
            return NotFound(id);
        }

        var keys = BodyObject(request)?["keys"] as JsonArray;
        if (keys is null || keys.Count == 0)
        {
            return BadRequest("\"keys\" is required");
        }

        foreach (var key in keys.Select(k => k is JsonObject o ? Text(o, "key") : k?.GetValue<string>()))
        {
            if (key is null || !_uploadedKeys.Contains(key))
            {
                return Json(HttpStatusCode.BadRequest, new JsonObject
                {
                    ["message"] = "could not finalize logos",
                    ["name"] = "BadRequestError",
                    ["status"] = 400,
                    ["errors"] = new JsonArray(new JsonObject { ["logoKey"] = key, ["code"] = "key_not_found" }),
                });
            }

            var type = key.Split('/')[2];
            var field = type switch { "white" => "brand_image_white", "colored" => "brand_image_colored", _ => "branded_favicon" };
            theme[field] = key;
            theme[field + "_url"] = $"{Url}storage/{key}";
        }

        return Empty(HttpStatusCode.OK);
    }

    private ResponseMessage UpdateApplication(IRequestMessage request)
    {
        if (BodyObject(request)?["update_details"] is not JsonObject details || Text(details, "default_theme_id") is not { } themeId)
        {
            return BadRequest("\"update_details.default_theme_id\" is required");
        }

        if (!_themes.ContainsKey(themeId))
        {
            return NotFound(themeId);
        }

        _defaultThemeId = themeId;
        return Json(HttpStatusCode.OK, new JsonObject { ["application_id"] = ApplicationId, ["account_id"] = "sim-account", ["default_theme_id"] = themeId });
    }

    private static bool IsColor(string color) =>
        color.Length is 4 or 7 && color[0] == '#' && color.Skip(1).All(char.IsAsciiHexDigit);
}
