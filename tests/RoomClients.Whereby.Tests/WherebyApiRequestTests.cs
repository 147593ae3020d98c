using System.Text;
using System.Text.Json.Nodes;
using Refit;
using RoomClients.Whereby.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Whereby.Tests;

/// <summary>Every IWherebyApi operation: the exact request sent (method, path, query, auth, JSON body) and the result read back.</summary>
public sealed class WherebyApiRequestTests
{
    private const string MeetingJson = """{"meetingId":"52755922","roomName":"/demo-1a2b","roomUrl":"https://acme.whereby.com/demo-1a2b","startDate":"2026-01-01T10:00:00.000Z","endDate":"2099-02-18T14:23:00.000Z","hostRoomUrl":"https://acme.whereby.com/demo-1a2b?roomKey=abc","unknownField":42}""";
    private const string RecordingJson = """{"recordingId":"rec-1","roomSessionId":"sess-1","filename":"recording.mp4","startDate":"2025-01-01T00:00:00.000Z","endDate":"2025-01-01T00:30:00.000Z","sizeInMegaBytes":100}""";
    private const string TranscriptionJson = """{"transcriptionId":"tr-1","roomSessionId":"sess-1","roomName":"/demo","startDate":"2025-01-01T00:00:00.000Z","endDate":"2025-01-01T00:30:00.000Z","createdAt":"2025-01-01T00:31:00.000Z","state":"ready","type":"RECORDING_TRANSCRIPTION","durationInSeconds":1800,"storageType":"WHEREBY_HOSTED"}""";
    private const string SummaryJson = """{"summaryId":"sum-1","transcriptionId":"tr-1","summary":{"summary":"Talked."},"roomSessionId":"sess-1","roomName":"/demo","startDate":"2025-01-01T00:00:00.000Z","endDate":"2025-01-01T00:30:00.000Z","state":"completed","createdAt":"2025-01-01T00:31:00.000Z","modifiedAt":"2025-01-01T00:32:00.000Z","template":"SOAP"}""";

    public sealed record Case(
        Func<IWherebyApi, Task<object?>> Call,
        string Method,
        string Path,
        string? Query,
        string? Body,
        int Status,
        string? ResponseBody,
        Action<object?> Check);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["CreateMeeting"] = new(
            async api => await api.CreateMeetingAsync(new CreateMeetingRequest
            {
                EndDate = new DateTimeOffset(2099, 2, 18, 14, 23, 0, TimeSpan.Zero),
                IsLocked = true,
                RoomMode = "group",
                RoomNamePrefix = "demo",
                RoomNamePattern = "human-short",
                Fields = ["hostRoomUrl"],
                Recording = new MeetingRecording { Type = "cloud", StartTrigger = "automatic" },
            }),
            "POST", "/v1/meetings", null,
            """{"endDate":"2099-02-18T14:23:00+00:00","isLocked":true,"roomMode":"group","roomNamePrefix":"demo","roomNamePattern":"human-short","fields":["hostRoomUrl"],"recording":{"type":"cloud","destination":null,"startTrigger":"automatic"}}""",
            201, MeetingJson,
            r => Assert.Equal("52755922", Assert.IsType<Meeting>(r).MeetingId)),
        ["ListMeetings"] = new(
            async api => await api.ListMeetingsAsync("c1", 25, ["hostRoomUrl", "viewerRoomUrl"]),
            "GET", "/v1/meetings", "cursor=c1&limit=25&fields=hostRoomUrl%2CviewerRoomUrl", null,
            200, $$"""{"results":[{{MeetingJson}}],"cursor":"c2"}""",
            r =>
            {
                var page = Assert.IsType<WherebyPage<Meeting>>(r);
                Assert.Equal("c2", page.Cursor);
                Assert.Equal(new Uri("https://acme.whereby.com/demo-1a2b?roomKey=abc"), Assert.Single(page.Results).HostRoomUrl);
            }),
        ["GetMeeting"] = new(
            async api => await api.GetMeetingAsync("52755922", ["hostRoomUrl"]),
            "GET", "/v1/meetings/52755922", "fields=hostRoomUrl", null, 200, MeetingJson,
            r => Assert.Equal(new DateTimeOffset(2099, 2, 18, 14, 23, 0, TimeSpan.Zero), Assert.IsType<Meeting>(r).EndDate)),
        ["DeleteMeeting"] = new(
            async api => { await api.DeleteMeetingAsync("52755922"); return null; },
            "DELETE", "/v1/meetings/52755922", null, null, 204, null, Assert.Null),
        ["ListRecordings"] = new(
            async api => await api.ListRecordingsAsync("/demo", "c1", 10, "startDate:desc"),
            "GET", "/v1/recordings", "roomName=%2Fdemo&cursor=c1&limit=10&sortBy=startDate%3Adesc", null,
            200, $$"""{"results":[{{RecordingJson}}],"cursor":null}""",
            r => Assert.Equal(100, Assert.Single(Assert.IsType<WherebyPage<Recording>>(r).Results).SizeInMegaBytes)),
        ["GetRecording"] = new(
            async api => await api.GetRecordingAsync("rec-1"),
            "GET", "/v1/recordings/rec-1", null, null, 200, RecordingJson,
            r => Assert.Equal("recording.mp4", Assert.IsType<Recording>(r).Filename)),
        ["DeleteRecording"] = new(
            async api => { await api.DeleteRecordingAsync("rec-1"); return null; },
            "DELETE", "/v1/recordings/rec-1", null, null, 204, null, Assert.Null),
        ["GetRecordingAccessLink"] = new(
            async api => await api.GetRecordingAccessLinkAsync("rec-1", 600),
            "GET", "/v1/recordings/rec-1/access-link", "validForSeconds=600", null,
            200, """{"accessLink":"https://s3.example/rec.mp4?sig=1","expires":1740819600000}""",
            r => Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1740819600000), Assert.IsType<AccessLink>(r).ExpiresAt)),
        ["BulkDeleteRecordings"] = new(
            async api => { await api.BulkDeleteRecordingsAsync(new BulkDeleteRecordingsRequest { RecordingIds = ["a", "b"] }); return null; },
            "POST", "/v1/recordings/bulk-delete", null, """{"recordingIds":["a","b"]}""", 204, null, Assert.Null),
        ["CreateTranscription"] = new(
            async api => await api.CreateTranscriptionAsync(new CreateTranscriptionRequest { RecordingId = "rec-1" }),
            "POST", "/v1/transcriptions", null, """{"recordingId":"rec-1"}""", 201, """{"transcriptionId":"tr-1"}""",
            r => Assert.Equal("tr-1", Assert.IsType<TranscriptionCreated>(r).TranscriptionId)),
        ["ListTranscriptions"] = new(
            async api => await api.ListTranscriptionsAsync(limit: 5),
            "GET", "/v1/transcriptions", "limit=5", null, 200, $$"""{"results":[{{TranscriptionJson}}],"cursor":null}""",
            r => Assert.Equal("ready", Assert.Single(Assert.IsType<WherebyPage<Transcription>>(r).Results).State)),
        ["GetTranscription"] = new(
            async api => await api.GetTranscriptionAsync("tr-1"),
            "GET", "/v1/transcriptions/tr-1", null, null, 200, TranscriptionJson,
            r => Assert.Equal("RECORDING_TRANSCRIPTION", Assert.IsType<Transcription>(r).Type)),
        ["DeleteTranscription"] = new(
            async api => { await api.DeleteTranscriptionAsync("tr-1"); return null; },
            "DELETE", "/v1/transcriptions/tr-1", null, null, 204, null, Assert.Null),
        ["GetTranscriptionAccessLink"] = new(
            async api => await api.GetTranscriptionAccessLinkAsync("tr-1"),
            "GET", "/v1/transcriptions/tr-1/access-link", null, null,
            200, """{"accessLink":"https://s3.example/tr.txt","expires":1740819600000}""",
            r => Assert.NotNull(Assert.IsType<AccessLink>(r).Link)),
        ["BulkDeleteTranscriptions"] = new(
            async api => { await api.BulkDeleteTranscriptionsAsync(new BulkDeleteTranscriptionsRequest { TranscriptionIds = ["t"] }); return null; },
            "POST", "/v1/transcriptions/bulk-delete", null, """{"transcriptionIds":["t"]}""", 204, null, Assert.Null),
        ["CreateSummary"] = new(
            async api => await api.CreateSummaryAsync(new CreateSummaryRequest { TranscriptionId = "tr-1", Template = "SOAP" }),
            "POST", "/v1/summaries", null, """{"transcriptionId":"tr-1","template":"SOAP"}""", 201, """{"summaryId":"sum-1"}""",
            r => Assert.Equal("sum-1", Assert.IsType<SummaryCreated>(r).SummaryId)),
        ["ListSummaries"] = new(
            async api => await api.ListSummariesAsync(cursor: "x"),
            "GET", "/v1/summaries", "cursor=x", null, 200, $$"""{"results":[{{SummaryJson}}],"cursor":null}""",
            r => Assert.Equal("Talked.", Assert.Single(Assert.IsType<WherebyPage<Summary>>(r).Results).Content!.Value.GetProperty("summary").GetString())),
        ["GetSummary"] = new(
            async api => await api.GetSummaryAsync("sum-1"),
            "GET", "/v1/summaries/sum-1", null, null, 200, SummaryJson,
            r => Assert.Equal("completed", Assert.IsType<Summary>(r).State)),
        ["DeleteSummary"] = new(
            async api => { await api.DeleteSummaryAsync("sum-1"); return null; },
            "DELETE", "/v1/summaries/sum-1", null, null, 204, null, Assert.Null),
        ["SetRoomThemeTokens"] = new(
            async api => { await api.SetRoomThemeTokensAsync("demo-1a2b", new RoomThemeTokensRequest { Tokens = new RoomThemeTokens { Colors = new RoomThemeColors { Primary = "#112233", Secondary = "#445566", Focus = "#778899" } }, TokensPreset = "custom" }); return null; },
            "PUT", "/v1/rooms/demo-1a2b/theme/tokens", null,
            """{"tokens":{"colors":{"primary":"#112233","secondary":"#445566","focus":"#778899"}},"tokensPreset":"custom"}""", 204, null, Assert.Null),
        ["ResetRoomLogo"] = new(
            async api => { await api.ResetRoomLogoAsync("demo-1a2b", new RoomLogoReset()); return null; },
            "PUT", "/v1/rooms/demo-1a2b/theme/logo", null, """{"theme":"default"}""", 204, null, Assert.Null),
        ["SetRoomBackgroundPreset"] = new(
            async api => { await api.SetRoomBackgroundPresetAsync("demo-1a2b", new RoomBackgroundPreset { Theme = "mountains", Palette = "grey" }); return null; },
            "PUT", "/v1/rooms/demo-1a2b/theme/room-background", null, """{"theme":"mountains","palette":"grey"}""", 204, null, Assert.Null),
        ["SetKnockPageBackgroundPreset"] = new(
            async api => { await api.SetKnockPageBackgroundPresetAsync("demo-1a2b", new RoomBackgroundPreset { Theme = "rocks", Palette = "purple" }); return null; },
            "PUT", "/v1/rooms/demo-1a2b/theme/room-knock-page-background", null, """{"theme":"rocks","palette":"purple"}""", 204, null, Assert.Null),
        ["ListRoomInsights"] = new(
            async api => await api.ListRoomInsightsAsync(roomNameStartsWith: "/demo", createdFrom: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), sortBy: "totalSessions:asc", limit: 30),
            "GET", "/v1/insights/rooms", "roomName%5BstartsWith%5D=%2Fdemo&createdAt%5Bfrom%5D=2026-01-01T00%3A00%3A00.000Z&sortBy=totalSessions%3Aasc&limit=30", null,
            200, """{"results":[{"roomName":"/demo","totalSessions":3,"rating":null}],"cursor":null}""",
            r => Assert.Equal(3, Assert.Single(Assert.IsType<WherebyPage<RoomInsight>>(r).Results).TotalSessions)),
        ["ListRoomSessionInsights"] = new(
            async api => await api.ListRoomSessionInsightsAsync("/demo", limit: 10),
            "GET", "/v1/insights/room-sessions", "roomName=%2Fdemo&limit=10", null,
            200, """{"results":[{"roomSessionId":"s1","roomName":"/demo","totalUniqueParticipants":2}],"cursor":null}""",
            r => Assert.Equal(2, Assert.Single(Assert.IsType<WherebyPage<RoomSessionInsight>>(r).Results).TotalUniqueParticipants)),
        ["ListParticipantInsights"] = new(
            async api => await api.ListParticipantInsightsAsync(externalId: "user-7"),
            "GET", "/v1/insights/participants", "externalId=user-7", null,
            200, """{"results":[{"participantId":"p1","displayName":"Ada","roleName":"host","tags":null}],"cursor":null}""",
            r => Assert.Equal("Ada", Assert.Single(Assert.IsType<WherebyPage<ParticipantInsight>>(r).Results).DisplayName)),
        ["GetParticipantQuality"] = new(
            async api => await api.GetParticipantQualityAsync("s1", "p1"),
            "GET", "/v1/insights/participant", "roomSessionId=s1&participantId=p1", null,
            200, """[{"displayName":"Ada","userRole":"host","sampleRateMs":1000,"samples":{"bitrateSend":[1.5,null]}}]""",
            r => Assert.Equal(1.5, Assert.Single(Assert.IsAssignableFrom<IList<ParticipantQuality>>(r)).Samples!["bitrateSend"]![0])),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Sends_the_exact_request_and_reads_the_answer(string name)
    {
        var c = Cases[name];
        await using var host = new WherebyTestHost();
        var response = Response.Create().WithStatusCode(c.Status);
        if (c.ResponseBody is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(c.ResponseBody);
        }

        host.Server.Given(Request.Create().UsingMethod(c.Method).WithPath(c.Path)).RespondWith(response);

        var result = await c.Call(host.Api);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal(c.Method, sent.Method);
        Assert.Equal(c.Path, sent.AbsolutePath);
        Assert.Equal(c.Query is null ? string.Empty : "?" + c.Query, new Uri(sent.AbsoluteUrl!).Query);
        Assert.Equal($"Bearer {WherebyTestHost.ApiKey}", Assert.Single(sent.Headers!["Authorization"]));
        if (c.Body is null)
        {
            Assert.True(string.IsNullOrEmpty(sent.Body), $"no body expected, got {sent.Body}");
        }
        else
        {
            Assert.StartsWith("application/json", Assert.Single(sent.Headers!["Content-Type"]), StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(c.Body), JsonNode.Parse(sent.Body!)), $"expected {c.Body}\nsent     {sent.Body}");
        }

        c.Check(result);
    }

    [Fact]
    public async Task Logo_upload_is_multipart_with_an_image_part()
    {
        await using var host = new WherebyTestHost();
        host.Server.Given(Request.Create().UsingPut().WithPath("/v1/rooms/demo/theme/logo")).RespondWith(Response.Create().WithStatusCode(204));
        using var png = new MemoryStream([0x89, 0x50, 0x4E, 0x47]);

        await host.Api.SetRoomLogoAsync("demo", new StreamPart(png, "logo.png", "image/png"), TestContext.Current.CancellationToken);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.StartsWith("multipart/form-data", Assert.Single(sent.Headers!["Content-Type"]), StringComparison.Ordinal);
        var body = Encoding.Latin1.GetString(sent.BodyAsBytes ?? Encoding.UTF8.GetBytes(sent.Body ?? string.Empty));
        Assert.Contains("name=image", body, StringComparison.Ordinal);
        Assert.Contains("filename=logo.png", body, StringComparison.Ordinal);
        Assert.Contains("Content-Type: image/png", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_case_is_an_operation_of_the_published_openapi_file()
    {
        var spec = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "whereby.openapi.json"), TestContext.Current.CancellationToken))!;
        var paths = spec["paths"]!.AsObject();
        var operations = paths.SelectMany(p => p.Value!.AsObject().Where(o => o.Key != "parameters").Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}")).ToHashSet();
        foreach (var (name, c) in Cases)
        {
            var template = ToTemplate(c.Path["/v1".Length..]);
            var key = $"{c.Method} {template}";
            Assert.True(operations.Contains(key), $"{name}: {key} is not in whereby.openapi.json");
            var declared = paths[template]![c.Method.ToLowerInvariant()]!["parameters"]?.AsArray()
                .Select(p => p?["name"]?.GetValue<string>()).Where(n => n is not null).ToHashSet() ?? [];
            foreach (var parameter in (c.Query ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries).Select(q => Uri.UnescapeDataString(q.Split('=')[0])))
            {
                var root = parameter.Split('[')[0];
                Assert.True(declared.Contains(parameter) || declared.Contains(root), $"{name}: query parameter {parameter} is not declared for {key}");
            }
        }

        // 27 operations in the file; the beta summaries included, every one is covered (multipart uploads in their own test).
        Assert.Equal(27, operations.Count);
        var covered = Cases.Values.Select(c => $"{c.Method} {ToTemplate(c.Path["/v1".Length..])}").ToHashSet();
        covered.Add("PUT /rooms/{roomName}/theme/logo");
        Assert.Empty(operations.Except(covered));
    }

    [Fact]
    public async Task Create_meeting_body_matches_the_openapi_schema()
    {
        var spec = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "whereby.openapi.json"), TestContext.Current.CancellationToken))!;
        var schema = spec["paths"]!["/meetings"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        var body = JsonNode.Parse(Cases["CreateMeeting"].Body!)!.AsObject();
        foreach (var required in schema["required"]!.AsArray())
        {
            Assert.True(body.ContainsKey(required!.GetValue<string>()), $"required {required} missing");
        }

        var properties = schema["properties"]!.AsObject();
        foreach (var (key, value) in body)
        {
            Assert.True(properties.ContainsKey(key), $"{key} is not a property of the create-meeting schema");
            if (properties[key]!["enum"] is JsonArray allowed && value is JsonValue v)
            {
                Assert.Contains(v.GetValue<string>(), allowed.Select(a => a!.GetValue<string>()));
            }
        }

        var recording = properties["recording"]!;
        Assert.All(recording["required"]!.AsArray(), r => Assert.True(body["recording"]!.AsObject().ContainsKey(r!.GetValue<string>())));
    }

    private static string ToTemplate(string path)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0 && segments[i - 1] is "meetings" or "recordings" or "transcriptions" or "summaries" && segments[i] != "bulk-delete")
            {
                segments[i] = segments[i - 1] switch
                {
                    "meetings" => "{meetingId}",
                    "recordings" => "{recordingId}",
                    "transcriptions" => "{transcriptionId}",
                    _ => "{summaryId}",
                };
            }
            else if (i > 0 && segments[i - 1] == "rooms")
            {
                segments[i] = "{roomName}";
            }
        }

        return string.Join('/', segments);
    }
}
