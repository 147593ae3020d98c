using System.Net;
using System.Text.Json.Nodes;
using WireMock;

namespace RoomClients.Testing.Vectera;

// Meeting-room templates: create by name or from a room, and the fields OPTIONS describes.
public sealed partial class VecteraSimulator
{
    private ResponseMessage CreateTemplate(JsonObject? body)
    {
        body ??= [];
        var errors = new JsonObject();
        if (Str(body, "name") is not { Length: > 0 } name)
        {
            errors["name"] = new JsonArray("This field is required.");
            name = string.Empty;
        }

        JsonObject? source = null;
        if (Str(body, "sourceMeetingId") is { } sourceId && (source = Find(_rooms, sourceId)) is null)
        {
            errors["sourceMeetingId"] = new JsonArray($"Invalid pk \"{sourceId}\" - object does not exist.");
        }

        foreach (var property in body)
        {
            if (property.Key is not ("name" or "sourceMeetingId"))
            {
                errors[property.Key] = new JsonArray("Only \"name\" can be set through the API.");
            }
        }

        if (errors.Count > 0)
        {
            return Json(HttpStatusCode.BadRequest, errors);
        }

        var template = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = name,
            ["ownerId"] = CurrentUserId,
            ["organizationId"] = OrganizationId,
            ["sourceMeetingId"] = source?["id"]?.DeepClone(),
            ["dateCreated"] = Now(),
        };
        _templates.Add(template);
        return Json(HttpStatusCode.Created, template.DeepClone());
    }

    private static JsonObject TemplateFields() => new()
    {
        ["id"] = Field("string", false, "Id", readOnly: true),
        ["name"] = Field("string", true, "Name", maxLength: 255),
        ["sourceMeetingId"] = Field("string", false, "Source meeting id"),
    };
}
