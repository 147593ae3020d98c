using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using RoomClients.Tests.Shared;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby.Tests;

/// <summary>
/// Every response and request schema of Whereby's published OpenAPI file (read at test time from tests/openapi), built
/// into its documented example (the file's own examples, a fractional number where it says <c>number</c>, free text where
/// it says <c>string</c>): each response reads into its DTO, each request body round-trips to the same JSON.
/// </summary>
public sealed class WherebyDocumentedExamplesTests
{
    private static readonly WherebyJsonContext Ctx = WherebyJsonContext.Default;

    private static readonly Dictionary<string, JsonTypeInfo> Responses = new()
    {
        ["POST /meetings 201"] = Ctx.Meeting,
        ["GET /meetings 200"] = Ctx.WherebyPageMeeting,
        ["GET /meetings/{meetingId} 200"] = Ctx.Meeting,
        ["GET /recordings 200"] = Ctx.WherebyPageRecording,
        ["GET /recordings/{recordingId} 200"] = Ctx.Recording,
        ["GET /recordings/{recordingId}/access-link 200"] = Ctx.AccessLink,
        ["POST /transcriptions 201"] = Ctx.TranscriptionCreated,
        ["GET /transcriptions 200"] = Ctx.WherebyPageTranscription,
        ["GET /transcriptions/{transcriptionId} 200"] = Ctx.Transcription,
        ["GET /transcriptions/{transcriptionId}/access-link 200"] = Ctx.AccessLink,
        ["POST /summaries 201"] = Ctx.SummaryCreated,
        ["GET /summaries 200"] = Ctx.WherebyPageSummary,
        ["GET /summaries/{summaryId} 200"] = Ctx.Summary,
        ["GET /insights/rooms 200"] = Ctx.WherebyPageRoomInsight,
        ["GET /insights/room-sessions 200"] = Ctx.WherebyPageRoomSessionInsight,
        ["GET /insights/participants 200"] = Ctx.WherebyPageParticipantInsight,
        ["GET /insights/participant 200"] = Ctx.IListParticipantQuality,
    };

    private static readonly Dictionary<string, JsonTypeInfo> Requests = new()
    {
        ["POST /meetings"] = Ctx.CreateMeetingRequest,
        ["POST /recordings/bulk-delete"] = Ctx.BulkDeleteRecordingsRequest,
        ["POST /transcriptions"] = Ctx.CreateTranscriptionRequest,
        ["POST /transcriptions/bulk-delete"] = Ctx.BulkDeleteTranscriptionsRequest,
        ["POST /summaries"] = Ctx.CreateSummaryRequest,
        ["PUT /rooms/{roomName}/theme/tokens"] = Ctx.RoomThemeTokensRequest,
        ["PUT /rooms/{roomName}/theme/logo"] = Ctx.RoomLogoReset,
        ["PUT /rooms/{roomName}/theme/room-background"] = Ctx.RoomBackgroundPreset,
        ["PUT /rooms/{roomName}/theme/room-knock-page-background"] = Ctx.RoomBackgroundPreset,
    };

    private static JsonNode Spec() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "whereby.openapi.json")))!;

    private static IEnumerable<(string Key, JsonNode? Schema)> Operations(string what)
    {
        var spec = Spec();
        foreach (var (path, item) in spec["paths"]!.AsObject())
        {
            foreach (var (method, op) in item!.AsObject())
            {
                if (what == "response")
                {
                    foreach (var (status, response) in op!["responses"]!.AsObject())
                    {
                        if (status.StartsWith('2') && response!["content"]?["application/json"]?["schema"] is { } schema)
                        {
                            yield return ($"{method.ToUpperInvariant()} {path} {status}", schema);
                        }
                    }
                }
                else if (op!["requestBody"]?["content"]?["application/json"]?["schema"] is { } body)
                {
                    yield return ($"{method.ToUpperInvariant()} {path}", body);
                }
            }
        }
    }

    public static TheoryData<string> ResponseKeys => new(Operations("response").Select(o => o.Key));

    public static TheoryData<string> RequestKeys => new(Operations("request").Select(o => o.Key));

    [Fact]
    public void Every_documented_json_body_has_a_dto()
    {
        Assert.Equal([], Operations("response").Select(o => o.Key).Where(k => !Responses.ContainsKey(k)).ToArray());
        Assert.Equal([], Operations("request").Select(o => o.Key).Where(k => !Requests.ContainsKey(k)).ToArray());
    }

    [Theory]
    [MemberData(nameof(ResponseKeys))]
    public void A_documented_response_reads_into_its_dto(string key)
    {
        var spec = Spec();
        var schema = Operations("response").Single(o => o.Key == key).Schema;
        var example = OpenApiExamples.Build(spec, schema)!.ToJsonString();

        var value = JsonSerializer.Deserialize(example, Responses[key]);

        Assert.NotNull(value);
        // Every documented field the DTO declares comes back when written again (nothing dropped on reading).
        var written = JsonNode.Parse(JsonSerializer.Serialize(value, Responses[key]))!;
        OpenApiExamples.AssertSubset(written, JsonNode.Parse(example)!, key);
    }

    [Theory]
    [MemberData(nameof(RequestKeys))]
    public void A_documented_request_round_trips_to_the_same_json(string key)
    {
        var spec = Spec();
        var schema = Operations("request").Single(o => o.Key == key).Schema;
        var example = OpenApiExamples.Build(spec, schema)!;
        if (key.EndsWith("/theme/logo", StringComparison.Ordinal))
        {
            example = new JsonObject { ["theme"] = "default" };
        }

        var value = JsonSerializer.Deserialize(example.ToJsonString(), Requests[key]);
        var written = JsonNode.Parse(JsonSerializer.Serialize(value, Requests[key]))!;

        // Same shape: the same fields with the same values, a date being the same instant in any ISO form.
        OpenApiExamples.AssertSubset(written, example, key);
        OpenApiExamples.AssertSubset(example, written, key);
    }

    [Fact]
    public void Null_inherits_the_organization_setting_and_is_sent()
    {
        var request = new CreateMeetingRequest
        {
            EndDate = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
            LiveTranscription = new MeetingLiveTranscription(),
            Streaming = new MeetingStreaming { Destination = new StreamingDestination { Url = new Uri("rtmp://a.rtmp.example/live2/key") } },
            Recording = new MeetingRecording { Type = "cloud" },
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(request, Ctx.CreateMeetingRequest))!;

        // Present and null: inherit. (Before: destination {"provider":"whereby"} and "manual"/"prompt" were always sent.)
        Assert.True(json["liveTranscription"]!.AsObject().ContainsKey("destination"));
        Assert.Null(json["liveTranscription"]!["destination"]);
        Assert.True(json["liveTranscription"]!.AsObject().ContainsKey("startTrigger"));
        Assert.Null(json["liveTranscription"]!["startTrigger"]);
        Assert.True(json["streaming"]!.AsObject().ContainsKey("startTrigger"));
        Assert.Null(json["streaming"]!["startTrigger"]);
        Assert.True(json["recording"]!.AsObject().ContainsKey("destination"));
        Assert.Null(json["recording"]!["destination"]);

        // A value is sent as given; leaving the object out keeps every organization setting.
        request.LiveTranscription = new MeetingLiveTranscription { Destination = new RecordingDestination { Provider = "whereby" }, StartTrigger = "automatic" };
        request.Streaming = null;
        json = JsonNode.Parse(JsonSerializer.Serialize(request, Ctx.CreateMeetingRequest))!;
        Assert.Equal("whereby", json["liveTranscription"]!["destination"]!["provider"]!.GetValue<string>());
        Assert.Equal("automatic", json["liveTranscription"]!["startTrigger"]!.GetValue<string>());
        Assert.False(json.AsObject().ContainsKey("streaming"));
    }

    [Fact]
    public void Quality_and_insight_answers_as_loose_as_the_spec_are_read()
    {
        var quality = Assert.Single(JsonSerializer.Deserialize("""[{"displayName":"A","userRole":"host","userAgent":"x","timeStamp":"1735689600000","sampleRateMs":2000.5,"samples":{"bitrateSend":[1.5,null]},"events":[]}]""", Ctx.IListParticipantQuality)!);
        Assert.Equal("1735689600000", quality.TimeStamp);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), quality.JoinedAt);
        Assert.Equal(2000.5, quality.SampleRateMs);

        var iso = Assert.Single(JsonSerializer.Deserialize("""[{"timeStamp":"2025-01-01T00:00:00.000Z","sampleRateMs":"2000"}]""", Ctx.IListParticipantQuality)!);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), iso.JoinedAt);
        Assert.Equal(2000, iso.SampleRateMs);
        Assert.Null(Assert.Single(JsonSerializer.Deserialize("""[{"timeStamp":"when they joined"}]""", Ctx.IListParticipantQuality)!).JoinedAt);

        var page = JsonSerializer.Deserialize("""{"cursor":null,"results":[{"roomName":"/r","totalRatings":2.5,"rating":4.25,"totalSessions":"3","totalUniqueParticipants":4.0,"createdAt":"2025-01-01T00:00:00.000Z"}]}""", Ctx.WherebyPageRoomInsight)!;
        var insight = Assert.Single(page.Results);
        Assert.Equal((2.5, 4.25, 3, 4), (insight.TotalRatings, insight.Rating, insight.TotalSessions, insight.TotalUniqueParticipants));
    }

    [Fact]
    public void Logo_reset_and_background_preset_have_their_own_shapes()
    {
        Assert.Equal("""{"theme":"default"}""", JsonSerializer.Serialize(new RoomLogoReset(), Ctx.RoomLogoReset));
        Assert.Equal("""{"palette":"grey","theme":"mountains"}""", JsonSerializer.Serialize(new RoomBackgroundPreset { Palette = "grey", Theme = "mountains" }, Ctx.RoomBackgroundPreset));
        Assert.Equal("{}", JsonSerializer.Serialize(new RoomBackgroundPreset(), Ctx.RoomBackgroundPreset));
    }
}
