using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using RoomClients.Tests.Shared;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage.Tests;

/// <summary>
/// Every response and request schema of both Vonage Meetings OpenAPI files (the v1 portal file and the GitHub one, read
/// at test time from tests/openapi), built into its documented example: each response reads into its DTO, each request
/// body round-trips to the same JSON; and the timestamps are sent as the documents write them.
/// </summary>
public sealed class VonageDocumentedExamplesTests
{
    private static readonly VonageJsonContext Ctx = VonageJsonContext.Default;
    private static readonly string[] Files = ["vonage-meetings.v1-portal.openapi.yml", "vonage-meetings.openapi.yml"];

    private static readonly Dictionary<string, JsonTypeInfo> Responses = new()
    {
        ["GET /rooms 200"] = Ctx.RoomsPage,
        ["POST /rooms 201"] = Ctx.VonageRoom,
        ["GET /rooms/:room_id 200"] = Ctx.VonageRoom,
        ["PATCH /rooms/:room_id 200"] = Ctx.VonageRoom,
        ["GET /recordings/:recording_id 200"] = Ctx.VonageRecording,
        ["GET /sessions/:session_id/recordings 200"] = Ctx.SessionRecordings,
        ["GET /dial-in-numbers 200"] = Ctx.IListDialInNumber,
        ["GET /themes 200"] = Ctx.IListVonageTheme,
        ["POST /themes 201"] = Ctx.VonageTheme,
        ["GET /themes/:theme_id 200"] = Ctx.VonageTheme,
        ["PATCH /themes/:theme_id 200"] = Ctx.VonageTheme,
        ["GET /themes/logos-upload-urls 200"] = Ctx.IListLogoUploadUrl,
        ["GET /themes/:themeId/rooms 200"] = Ctx.RoomsPage,
        ["PATCH /applications 200"] = Ctx.VonageApplication,
    };

    private static readonly Dictionary<string, JsonTypeInfo> Requests = new()
    {
        ["POST /rooms"] = Ctx.CreateVonageRoomRequest,
        ["PATCH /rooms/:room_id"] = Ctx.UpdateVonageRoomRequest,
        ["POST /themes"] = Ctx.CreateThemeRequest,
        ["PATCH /themes/:theme_id"] = Ctx.UpdateThemeRequest,
        ["PUT /themes/:theme_id/finalizeLogos"] = Ctx.FinalizeLogosRequest,
        ["PATCH /applications"] = Ctx.UpdateApplicationRequest,
    };

    private static JsonNode Spec(string file) => YamlJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)));

    private static IEnumerable<(string File, string Key, JsonNode Schema)> Operations(string what)
    {
        foreach (var file in Files)
        {
            foreach (var (path, item) in Spec(file)["paths"]!.AsObject())
            {
                foreach (var (method, op) in item!.AsObject())
                {
                    if (method is not ("get" or "post" or "put" or "patch" or "delete"))
                    {
                        continue;
                    }

                    if (what == "response")
                    {
                        foreach (var (status, response) in op!["responses"]!.AsObject())
                        {
                            if (status.StartsWith('2') && response?["content"]?["application/json"]?["schema"] is { } schema)
                            {
                                yield return (file, $"{method.ToUpperInvariant()} {path} {status}", schema);
                            }
                        }
                    }
                    else if (op!["requestBody"]?["content"]?["application/json"]?["schema"] is { } body)
                    {
                        if (body["oneOf"] is JsonArray choices)
                        {
                            // Every alternative (instant and long-term rooms) is an example of its own.
                            for (var i = 0; i < choices.Count; i++)
                            {
                                yield return (file, $"{method.ToUpperInvariant()} {path}#{i}", choices[i]!);
                            }
                        }
                        else
                        {
                            yield return (file, $"{method.ToUpperInvariant()} {path}", body);
                        }
                    }
                }
            }
        }
    }

    public static TheoryData<string, string> ResponseKeys => new(Operations("response").Select(o => (o.File, o.Key)));

    // The GitHub file writes PATCH /applications without the update_details wrapper; the v1 portal file (and every other
    // PATCH of both files) wraps it, and the SDK follows v1 (docs/providers/vonage.md): that one example is not the SDK's shape.
    public static TheoryData<string, string> RequestKeys => new(Operations("request")
        .Where(o => !(o.File == "vonage-meetings.openapi.yml" && o.Key == "PATCH /applications"))
        .Select(o => (o.File, o.Key)));

    [Fact]
    public void Every_documented_json_body_has_a_dto()
    {
        Assert.Equal([], Operations("response").Select(o => o.Key).Where(k => !Responses.ContainsKey(k)).Distinct().ToArray());
        Assert.Equal([], Operations("request").Select(o => o.Key.Split('#')[0]).Where(k => !Requests.ContainsKey(k)).Distinct().ToArray());
    }

    [Theory]
    [MemberData(nameof(ResponseKeys))]
    public void A_documented_response_reads_into_its_dto(string file, string key)
    {
        var example = OpenApiExamples.Build(Spec(file), Operations("response").First(o => o.File == file && o.Key == key).Schema)!;

        var value = JsonSerializer.Deserialize(example.ToJsonString(), Responses[key]);

        Assert.NotNull(value);
        OpenApiExamples.AssertSubset(JsonNode.Parse(JsonSerializer.Serialize(value, Responses[key]))!, example, $"{file} {key}");
    }

    [Theory]
    [MemberData(nameof(RequestKeys))]
    public void A_documented_request_round_trips_to_the_same_json(string file, string key)
    {
        var example = OpenApiExamples.Build(Spec(file), Operations("request").First(o => o.File == file && o.Key == key).Schema)!;
        var type = Requests[key.Split('#')[0]];

        var written = JsonNode.Parse(JsonSerializer.Serialize(JsonSerializer.Deserialize(example.ToJsonString(), type), type))!;

        OpenApiExamples.AssertSubset(written, example, $"{file} {key}");
        OpenApiExamples.AssertSubset(example, written, $"{file} {key}");
    }

    [Fact]
    public void The_dial_in_number_of_the_spec_example_is_a_number_and_reads_as_text()
    {
        // v1 portal file: DialInNumber.number is "type: string" with "example: 17323338801" (a number in YAML).
        var numbers = JsonSerializer.Deserialize("""[{"number":17323338801,"locale":"en-US","display_name":"United States"},{"number":"+44 20 3051 2874"}]""", Ctx.IListDialInNumber)!;
        Assert.Equal(["17323338801", "+44 20 3051 2874"], numbers.Select(n => n.Number));
        Assert.Equal("United States", numbers[0].DisplayName);
    }

    [Fact]
    public void Expiry_is_sent_in_utc_with_milliseconds_and_z_as_the_documents_show()
    {
        var expires = new DateTimeOffset(2026, 1, 2, 4, 34, 56, 789, TimeSpan.FromHours(1)).AddTicks(6402);
        var create = JsonNode.Parse(JsonSerializer.Serialize(new CreateVonageRoomRequest { DisplayName = "Weekly", Type = "long_term", ExpiresAt = expires }, Ctx.CreateVonageRoomRequest))!;
        var update = JsonNode.Parse(JsonSerializer.Serialize(new UpdateVonageRoomRequest { UpdateDetails = new RoomUpdateDetails { ExpiresAt = expires } }, Ctx.UpdateVonageRoomRequest))!;

        // Before: "2026-01-02T04:34:56.7896402+01:00".
        Assert.Equal("2026-01-02T03:34:56.789Z", create["expires_at"]!.GetValue<string>());
        Assert.Equal("2026-01-02T03:34:56.789Z", update["update_details"]!["expires_at"]!.GetValue<string>());

        // The seed's and the files' examples read back to the same instant.
        var room = JsonSerializer.Deserialize("""{"id":"r","expires_at":"2023-06-06T09:32:25.000Z","created_at":"2023-06-06 09:32:25"}""", Ctx.VonageRoom)!;
        Assert.Equal(new DateTimeOffset(2023, 6, 6, 9, 32, 25, TimeSpan.Zero), room.ExpiresAt);
        Assert.Equal(new DateTimeOffset(2023, 6, 6, 9, 32, 25, TimeSpan.Zero), room.CreatedAt);
    }

    [Fact]
    public void Creating_a_theme_always_sends_the_required_fields_and_updating_sends_only_what_is_set()
    {
        var create = JsonNode.Parse(JsonSerializer.Serialize(new CreateThemeRequest { MainColor = "#12f64e", BrandText = "Acme" }, Ctx.CreateThemeRequest))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"main_color":"#12f64e","brand_text":"Acme"}"""), create), create.ToJsonString());

        // A careless null is sent as null (Vonage answers 400, a RoomValidationException) rather than silently dropped.
        var careless = JsonNode.Parse(JsonSerializer.Serialize(new CreateThemeRequest { MainColor = null!, BrandText = "Acme" }, Ctx.CreateThemeRequest))!;
        Assert.True(careless.AsObject().ContainsKey("main_color"));

        var update = JsonSerializer.Serialize(new UpdateThemeRequest { UpdateDetails = new ThemeDetails { BrandText = "Acme GmbH" } }, Ctx.UpdateThemeRequest);
        Assert.Equal("""{"update_details":{"brand_text":"Acme GmbH"}}""", update);
    }
}
