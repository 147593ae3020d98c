using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace RoomClients.Tests.Shared;

/// <summary>
/// Builds the documented example of an OpenAPI schema: a property's own <c>example</c> where the file gives one, else a
/// value of the declared type (a fractional number for <c>number</c>, free text for an unformatted string), with every
/// property present, so that a DTO stricter than the document fails to read it.
/// </summary>
internal static class OpenApiExamples
{
    public static JsonNode? Build(JsonNode root, JsonNode? schema, int depth = 0)
    {
        if (schema is null || depth > 12)
        {
            return null;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var target = root;
            foreach (var part in reference.TrimStart('#', '/').Split('/'))
            {
                target = target![part];
            }

            return Build(root, target, depth + 1);
        }

        if (schema["example"] is { } example)
        {
            return example.DeepClone();
        }

        if (schema["examples"] is JsonArray { Count: > 0 } examples)
        {
            return examples[0]!.DeepClone();
        }

        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray { Count: > 0 } choices)
        {
            return Build(root, choices[0], depth + 1);
        }

        if (schema["allOf"] is JsonArray all)
        {
            var merged = new JsonObject();
            foreach (var part in all)
            {
                if (Build(root, part, depth + 1) is JsonObject o)
                {
                    foreach (var (k, v) in o)
                    {
                        merged[k] = v?.DeepClone();
                    }
                }
            }

            return merged;
        }

        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue value => value.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : null,
        };
        if (type is null && schema is JsonObject bare && bare.Count > 0 && bare.All(p => p.Value is JsonObject { } s && (s.ContainsKey("type") || s.ContainsKey("$ref"))))
        {
            // A defect of some files: the properties written straight into the schema, without "type" and "properties".
            schema = new JsonObject { ["type"] = "object", ["properties"] = bare.DeepClone() };
            type = "object";
        }
        if (schema["enum"] is JsonArray { Count: > 0 } values && values.FirstOrDefault(v => v is not null) is { } first)
        {
            return first.DeepClone();
        }

        switch (type)
        {
            case "object":
                var result = new JsonObject();
                if (schema["properties"] is JsonObject properties)
                {
                    foreach (var (name, property) in properties)
                    {
                        // Deprecated fields ("value is ignored") are left out, as a client sends them no more.
                        if (property?["deprecated"]?.GetValue<bool>() != true)
                        {
                            result[name] = Build(root, property, depth + 1);
                        }
                    }
                }

                return result;
            case "array":
                return new JsonArray(Build(root, schema["items"], depth + 1));
            case "integer":
                return 3;
            case "number":
                return 2.5;
            case "boolean":
                return true;
            case "string":
                return schema["format"]?.GetValue<string>() switch
                {
                    "date-time" => "2025-01-01T00:00:00.000Z",
                    "date" => "2025-01-01",
                    "uri" or "url" => "https://example.com/x",
                    "uuid" => "9f6fe8ae-3458-4a72-b532-8276d5533e97",
                    _ => "text",
                };
            default:
                return null;
        }
    }

    /// <summary>Every value in <paramref name="written"/> equals the documented one at the same place (the DTO may model fewer fields, never different ones).</summary>
    public static void AssertSubset(JsonNode written, JsonNode documented, string where)
    {
        switch (written)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (documented is not JsonObject d || !d.ContainsKey(name))
                    {
                        continue;
                    }

                    if (value is null || d[name] is null)
                    {
                        Assert.True(value is null && d[name] is null, $"{where}.{name}: documented {d[name]?.ToJsonString() ?? "null"}, read as {value?.ToJsonString() ?? "null"}");
                        continue;
                    }

                    AssertSubset(value, d[name]!, $"{where}.{name}");
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count && documented is JsonArray da && i < da.Count; i++)
                {
                    if (a[i] is { } item && da[i] is { } di)
                    {
                        AssertSubset(item, di, $"{where}[{i}]");
                    }
                }

                break;
            default:
                if (documented is JsonObject or JsonArray)
                {
                    Assert.Fail($"{where}: documented {documented.ToJsonString()}, read as {written.ToJsonString()}");
                }

                var same = JsonNode.DeepEquals(written, documented)
                    || (written.GetValueKind() == JsonValueKind.String && documented.GetValueKind() == JsonValueKind.String
                        && LooseDate(written.GetValue<string>()) is { } a1 && a1 == LooseDate(documented.GetValue<string>()))
                    || (written.GetValueKind() == JsonValueKind.String && documented.GetValueKind() == JsonValueKind.Number && written.GetValue<string>() == documented.ToJsonString());
                Assert.True(same, $"{where}: documented {documented.ToJsonString()}, read as {written.ToJsonString()}");
                break;
        }
    }

    private static DateTimeOffset? LooseDate(string text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
