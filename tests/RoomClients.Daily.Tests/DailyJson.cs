using System.Text.Json.Nodes;

namespace RoomClients.Daily.Tests;

/// <summary>Daily answers used across the tests (shapes from docs.daily.co and the generated client's models).</summary>
internal static class DailyJson
{
    public const string Token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyIjoiY29uc3VsdC0xIiwibyI6dHJ1ZX0.c2lnbmF0dXJl";

    public static string Room(string name = "consult-1", string config = """{"exp":1795352400}""", string url = "https://acme.daily.co/{name}", string? id = null) =>
        $$"""{"id":"{{id ?? "5e3cf703-5547-47d6-a371-37b1f0b4427f"}}","name":"{{name}}","api_created":true,"privacy":"private","url":"{{url.Replace("{name}", name, StringComparison.Ordinal)}}","created_at":"2026-11-22T12:00:00.000Z","config":{{config}},"unknown_field":1}""";

    public static string TokenAnswer(string token = Token) => $$"""{"token":"{{token}}"}""";

    public static JsonNode Body(WireMock.Logging.ILogEntry entry) => JsonNode.Parse(entry.RequestMessage!.Body!)!;

    public static void Equal(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());
}
