using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vectera;

// Users: create, update, login tokens, and the fields OPTIONS describes.
public sealed partial class VecteraSimulator
{
    /// <summary>Gets the number of login tokens issued.</summary>
    public int LoginTokenCount { get; private set; }

    private ResponseMessage CreateUser(JsonObject? body)
    {
        body ??= [];
        var errors = new JsonObject();
        foreach (var field in (string[])["firstName", "email", "organizationId"])
        {
            if (Str(body, field) is not { Length: > 0 })
            {
                errors[field] = new JsonArray("This field is required.");
            }
        }

        if (Str(body, "organizationId") is { Length: > 0 } org && org != OrganizationId)
        {
            errors["organizationId"] = new JsonArray("You can only add members to your own organization.");
        }

        if (Str(body, "email") is { } email && _users.Any(u => string.Equals((string?)u["email"], email, StringComparison.OrdinalIgnoreCase)))
        {
            errors["email"] = new JsonArray("A user with this email already exists.");
        }

        if (errors.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        var user = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["email"] = Str(body, "email"),
            ["firstName"] = Str(body, "firstName"),
            ["lastName"] = Str(body, "lastName") ?? string.Empty,
            ["organizationId"] = OrganizationId,
            ["isManaged"] = body["isManaged"]?.GetValue<bool>() ?? false,
            ["dateJoined"] = Now(),
        };
        SetNames(user);
        _users.Add(user);
        return Json(HttpStatusCode.Created, user.DeepClone());
    }

    private static ResponseMessage UpdateUser(JsonObject? user, JsonObject? body)
    {
        if (user is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        foreach (var property in body ?? [])
        {
            if (property.Key is "firstName" or "lastName" or "email" or "organizationId" or "isManaged")
            {
                user[property.Key] = property.Value?.DeepClone();
            }
        }

        SetNames(user);
        return Json(HttpStatusCode.OK, user.DeepClone());
    }

    private ResponseMessage LoginToken(JsonObject? user)
    {
        if (user is null)
        {
            return Detail(HttpStatusCode.NotFound, "Not found.");
        }

        LoginTokenCount++;
        var token = Guid.NewGuid().ToString("N");
        return Json(HttpStatusCode.Created, new JsonObject
        {
            ["token"] = token,
            ["userId"] = user["id"]?.DeepClone(),
            ["url"] = $"https://{RoomHost}/login/{token}",
        });
    }

    private static void SetNames(JsonObject user)
    {
        user["fullName"] = $"{user["firstName"]} {user["lastName"]}".Trim();
        user["shortName"] = (string?)user["firstName"];
    }

    private static JsonObject UserFields() => new()
    {
        ["id"] = Field("string", false, "Id", readOnly: true),
        ["firstName"] = Field("string", true, "First name", maxLength: 150),
        ["lastName"] = Field("string", false, "Last name", maxLength: 150),
        ["email"] = Field("email", true, "Email", maxLength: 254),
        ["organizationId"] = Field("string", true, "Organization id"),
        ["password"] = Field("string", false, "Password"),
        ["isManaged"] = Field("boolean", false, "Is managed"),
    };
}
