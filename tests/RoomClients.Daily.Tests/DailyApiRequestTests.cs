using System.Text.Json;
using System.Text.Json.Nodes;
using RoomClients.Daily.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static RoomClients.Daily.Tests.DailyJson;

namespace RoomClients.Daily.Tests;

/// <summary>Every IDailyApi operation (all 45): the exact request sent (method, path, query, auth, JSON body) and the result read back.</summary>
public sealed class DailyApiRequestTests
{
    private const string RecordingJson = """{"id":"rec-1","room_name":"consult-1","start_ts":1692124183,"status":"finished","max_participants":2,"duration":9,"share_token":"ntDCL5k98Ulq","s3key":"acme/consult-1/1692124183028","mtgSessionId":"sess-1","tracks":[{"size":1024,"type":"audio","s3Key":"acme/t1"}]}""";
    private const string TranscriptJson = """{"transcriptId":"tr-1","domainId":"d-1","roomId":"5e3cf703","mtgSessionId":"sess-1","status":"t_finished","duration":61.5,"outParams":{"s3":{"key":"k","bucket":"b","region":"us-west-2"}}}""";
    private const string WebhookJson = """{"uuid":"wh-1","url":"https://app.example/hooks/daily","hmac":"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0","basicAuth":null,"retryType":"circuit-breaker","eventTypes":["meeting.started"],"state":1,"failedCount":0,"lastMomentPushed":"2026-11-22T12:00:00.000Z","domainId":"d-1","createdAt":"2026-11-22T11:00:00.000Z","updatedAt":1795348800}""";
    private static readonly JsonElement Options = JsonDocument.Parse("""{"layout":{"preset":"single-participant"}}""").RootElement.Clone();

    public sealed record Case(Func<IDailyApi, Task<object?>> Call, string Method, string Path, string? Query, string? Body, string ResponseBody, Action<object?> Check);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["CreateRoom"] = new(
            async api => await api.CreateRoomAsync(new DailyCreateRoomRequest { Name = "consult-1", Privacy = "private", Properties = new DailyRoomProperties { Expires = DateTimeOffset.FromUnixTimeSeconds(1767265200), EnableKnocking = true, RecordingsBucket = new DailyStorageBucket { BucketName = "b", BucketRegion = "eu-central-1" }, AdditionalProperties = new Dictionary<string, JsonElement> { ["enable_dialout"] = JsonDocument.Parse("true").RootElement.Clone() } } }),
            "POST", "/v1/rooms", null,
            """{"name":"consult-1","privacy":"private","properties":{"exp":1767265200,"enable_knocking":true,"recordings_bucket":{"bucket_name":"b","bucket_region":"eu-central-1"},"enable_dialout":true}}""",
            Room(), r =>
            {
                var room = Assert.IsType<DailyRoom>(r);
                Assert.Equal("consult-1", room.Name);
                Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795352400), room.Config!.Expires);
                Assert.Equal(new Uri("https://acme.daily.co/consult-1"), room.Url);
            }),
        ["ListRooms"] = new(
            async api => await api.ListRoomsAsync(25, "id-1", "OLDEST"),
            "GET", "/v1/rooms", "limit=25&starting_after=id-1&ending_before=OLDEST", null,
            $$"""{"total_count":3,"data":[{{Room()}}]}""", r => Assert.Equal(3, Assert.IsType<DailyPage<DailyRoom>>(r).TotalCount)),
        ["GetRoom"] = new(async api => await api.GetRoomAsync("consult-1"), "GET", "/v1/rooms/consult-1", null, null, Room(), r => Assert.Equal("private", Assert.IsType<DailyRoom>(r).Privacy)),
        ["UpdateRoom"] = new(
            async api => await api.UpdateRoomAsync("consult-1", new DailyUpdateRoomRequest { Privacy = "public", Properties = new DailyRoomProperties { MaxParticipants = 4 } }),
            "POST", "/v1/rooms/consult-1", null, """{"privacy":"public","properties":{"max_participants":4}}""", Room(), r => Assert.IsType<DailyRoom>(r)),
        ["DeleteRoom"] = new(async api => await api.DeleteRoomAsync("consult-1"), "DELETE", "/v1/rooms/consult-1", null, null, """{"deleted":true,"name":"consult-1"}""", r => Assert.True(Assert.IsType<DailyDeleteResult>(r).Deleted)),
        ["GetRoomPresence"] = new(
            async api => await api.GetRoomPresenceAsync("consult-1", 10, "u-1", "Ada"), "GET", "/v1/rooms/consult-1/presence", "limit=10&userId=u-1&userName=Ada", null,
            """{"total_count":1,"data":[{"room":"consult-1","id":"p-1","userId":"u-1","userName":"Ada","joinTime":"2026-11-22T12:00:00.000Z","duration":30}]}""",
            r => Assert.Equal("Ada", Assert.Single(Assert.IsType<DailyPage<PresenceParticipant>>(r).Data).UserName)),
        ["CreateRooms"] = new(
            async api => await api.CreateRoomsAsync(new BatchCreateRoomsRequest { Rooms = [new DailyCreateRoomRequest { Name = "a" }, new DailyCreateRoomRequest { Name = "b", Privacy = "private" }] }),
            "POST", "/v1/batch/rooms", null, """{"rooms":[{"name":"a"},{"name":"b","privacy":"private"}]}""", $"[{Room("a")},{Room("b")}]", r => Assert.Equal(2, Assert.IsAssignableFrom<IList<DailyRoom>>(r).Count)),
        ["DeleteRooms"] = new(
            async api => await api.DeleteRoomsAsync(new BatchDeleteRoomsRequest { RoomNames = ["a", "b"] }),
            "DELETE", "/v1/batch/rooms", null, """{"room_names":["a","b"]}""", """{"deleted_count":2}""", r => Assert.Equal(2, Assert.IsType<BatchDeleteRoomsResult>(r).DeletedCount)),
        ["GetPresence"] = new(
            async api => await api.GetPresenceAsync(), "GET", "/v1/presence", null, null, """{"consult-1":[{"room":"consult-1","id":"p-1","userName":"Ada"}]}""",
            r => Assert.Equal("p-1", Assert.Single(Assert.IsAssignableFrom<IDictionary<string, IList<PresenceParticipant>>>(r)["consult-1"]).Id)),
        ["CreateMeetingToken"] = new(
            async api => await api.CreateMeetingTokenAsync(new MeetingTokenRequest { Properties = new MeetingTokenProperties { RoomName = "consult-1", IsOwner = true, UserName = "Dr. Smith", Expires = DateTimeOffset.FromUnixTimeSeconds(1767265200) } }),
            "POST", "/v1/meeting-tokens", null, """{"properties":{"room_name":"consult-1","exp":1767265200,"is_owner":true,"user_name":"Dr. Smith"}}""", TokenAnswer(),
            r => { Assert.Equal(Token, Assert.IsType<MeetingToken>(r).Token); Assert.DoesNotContain(Token, r!.ToString(), StringComparison.Ordinal); }),
        ["ValidateMeetingToken"] = new(
            async api => await api.ValidateMeetingTokenAsync("a.b.c", true), "GET", "/v1/meeting-tokens/a.b.c", "ignoreNbf=true", null, """{"room_name":"consult-1","is_owner":true,"exp":1767265200}""",
            r => Assert.True(Assert.IsType<MeetingTokenProperties>(r).IsOwner)),
        ["ListMeetings"] = new(
            async api => await api.ListMeetingsAsync("consult-1", 1767200000, 1767300000, 10, "m-0", null, true, true),
            "GET", "/v1/meetings", "room=consult-1&timeframe_start=1767200000&timeframe_end=1767300000&limit=10&starting_after=m-0&ongoing=true&no_participants=true", null,
            """{"total_count":1.0,"data":[{"id":"m-1","room":"consult-1","start_time":1708526032.672,"duration":120.5,"ongoing":false,"participants":[{"user_id":null,"participant_id":"p-1","user_name":"Ada","join_time":1708526033,"duration":60}]}]}""",
            r =>
            {
                var page = Assert.IsType<DailyPage<MeetingSession>>(r);
                Assert.Equal(1, page.TotalCount);
                var meeting = Assert.Single(page.Data);
                Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1708526032672), meeting.StartTime);
                Assert.Equal("p-1", Assert.Single(meeting.Participants!).ParticipantId);
            }),
        ["GetMeeting"] = new(async api => await api.GetMeetingAsync("m-1"), "GET", "/v1/meetings/m-1", null, null, """{"id":"m-1","room":"consult-1","start_time":1708526032,"duration":120,"ongoing":true,"max_participants":3}""", r => Assert.Equal(3, Assert.IsType<MeetingSession>(r).MaxParticipants)),
        ["ListMeetingParticipants"] = new(
            async api => await api.ListMeetingParticipantsAsync("m-1", 50, "p-0", null), "GET", "/v1/meetings/m-1/participants", "limit=50&joined_after=p-0", null,
            """{"data":[{"participant_id":"p-1","user_name":"Ada","join_time":1708526033,"duration":60}]}""", r => Assert.Equal("Ada", Assert.Single(Assert.IsType<DailyPage<MeetingParticipant>>(r).Data).UserName)),
        ["ListRecordings"] = new(
            async api => await api.ListRecordingsAsync("consult-1", 10, "rec-0"), "GET", "/v1/recordings", "room_name=consult-1&limit=10&starting_after=rec-0", null,
            $$"""{"total_count":1,"data":[{{RecordingJson}}]}""", r => Assert.Equal("acme/consult-1/1692124183028", Assert.Single(Assert.IsType<DailyPage<Recording>>(r).Data).S3Key)),
        ["GetRecording"] = new(async api => await api.GetRecordingAsync("rec-1"), "GET", "/v1/recordings/rec-1", null, null, RecordingJson, r =>
        {
            var recording = Assert.IsType<Recording>(r);
            Assert.Equal("sess-1", recording.MeetingSessionId);
            Assert.Equal("acme/t1", Assert.Single(recording.Tracks!).S3Key);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1692124183), recording.StartedAt);
        }),
        ["GetRecordingAccessLink"] = new(
            async api => await api.GetRecordingAccessLinkAsync("rec-1", 900), "GET", "/v1/recordings/rec-1/access-link", "valid_for_secs=900", null,
            """{"download_link":"https://daily-recordings.s3.amazonaws.com/rec.mp4?sig=1","expires":1548809176}""",
            r => { var link = Assert.IsType<RecordingAccessLink>(r); Assert.NotNull(link.DownloadUri); Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1548809176), link.Expires); }),
        ["DeleteRecording"] = new(async api => await api.DeleteRecordingAsync("rec-1"), "DELETE", "/v1/recordings/rec-1", null, null, """{"deleted":true,"id":"rec-1"}""", r => Assert.Equal("rec-1", Assert.IsType<DailyDeleteResult>(r).Id)),
        ["ListTranscripts"] = new(
            async api => await api.ListTranscriptsAsync("5e3cf703", "sess-1", 5), "GET", "/v1/transcript", "roomId=5e3cf703&mtgSessionId=sess-1&limit=5", null,
            $$"""{"total_count":1,"data":[{{TranscriptJson}}]}""", r => Assert.Equal("t_finished", Assert.Single(Assert.IsType<DailyPage<Transcript>>(r).Data).Status)),
        ["GetTranscript"] = new(async api => await api.GetTranscriptAsync("tr-1"), "GET", "/v1/transcript/tr-1", null, null, TranscriptJson, r => Assert.Equal("b", Assert.IsType<Transcript>(r).OutParams!.Value.GetProperty("s3").GetProperty("bucket").GetString())),
        ["GetTranscriptAccessLink"] = new(
            async api => await api.GetTranscriptAccessLinkAsync("tr-1"), "GET", "/v1/transcript/tr-1/access-link", null, null, """{"transcriptId":"tr-1","link":"not a link: error"}""",
            r => Assert.Null(Assert.IsType<TranscriptAccessLink>(r).LinkUri)), // Daily may answer an error text: not a URL
        ["DeleteTranscript"] = new(async api => await api.DeleteTranscriptAsync("tr-1"), "DELETE", "/v1/transcript/tr-1", null, null, TranscriptJson, r => Assert.Equal("tr-1", Assert.IsType<Transcript>(r).TranscriptId)),
        ["CreateWebhook"] = new(
            async api => await api.CreateWebhookAsync(new WebhookRequest { Url = new Uri("https://app.example/hooks/daily"), EventTypes = ["meeting.started", "recording.ready-to-download"], RetryType = "exponential" }),
            "POST", "/v1/webhooks", null, """{"url":"https://app.example/hooks/daily","eventTypes":["meeting.started","recording.ready-to-download"],"retryType":"exponential"}""", WebhookJson,
            r =>
            {
                var webhook = Assert.IsType<Webhook>(r);
                Assert.Equal("ACTIVE", webhook.State); // a number on older pages
                Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795348800), webhook.UpdatedAt); // unix seconds or ISO
                Assert.DoesNotContain(webhook.Hmac!, webhook.ToString(), StringComparison.Ordinal);
            }),
        ["ListWebhooks"] = new(async api => await api.ListWebhooksAsync(), "GET", "/v1/webhooks", null, null, $"[{WebhookJson}]", r => Assert.Single(Assert.IsAssignableFrom<IList<Webhook>>(r))),
        ["GetWebhook"] = new(async api => await api.GetWebhookAsync("wh-1"), "GET", "/v1/webhooks/wh-1", null, null, WebhookJson, r => Assert.Equal("wh-1", Assert.IsType<Webhook>(r).Uuid)),
        ["UpdateWebhook"] = new(
            async api => await api.UpdateWebhookAsync("wh-1", new WebhookRequest { EventTypes = ["meeting.ended"] }), "POST", "/v1/webhooks/wh-1", null, """{"eventTypes":["meeting.ended"]}""", WebhookJson,
            r => Assert.IsType<Webhook>(r)),
        ["DeleteWebhook"] = new(async api => { await api.DeleteWebhookAsync("wh-1"); return null; }, "DELETE", "/v1/webhooks/wh-1", null, null, "{}", Assert.Null),
    };

    /// <summary>The endpoints whose bodies Daily documents as option objects: sent and answered as given.</summary>
    private static readonly Dictionary<string, (Func<IDailyApi, Task<JsonElement>> Call, string Method, string Path, bool HasBody)> RawCases = new()
    {
        ["Eject"] = (api => api.EjectAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/eject", true),
        ["GetSessionData"] = (api => api.GetSessionDataAsync("consult-1"), "GET", "/v1/rooms/consult-1/get-session-data", false),
        ["SetSessionData"] = (api => api.SetSessionDataAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/set-session-data", true),
        ["UpdatePermissions"] = (api => api.UpdatePermissionsAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/update-permissions", true),
        ["SendAppMessage"] = (api => api.SendAppMessageAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/send-app-message", true),
        ["StartRecording"] = (api => api.StartRecordingAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/recordings/start", true),
        ["StopRecording"] = (api => api.StopRecordingAsync("consult-1"), "POST", "/v1/rooms/consult-1/recordings/stop", false),
        ["UpdateRecording"] = (api => api.UpdateRecordingAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/recordings/update", true),
        ["StartLiveStreaming"] = (api => api.StartLiveStreamingAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/live-streaming/start", true),
        ["StopLiveStreaming"] = (api => api.StopLiveStreamingAsync("consult-1"), "POST", "/v1/rooms/consult-1/live-streaming/stop", false),
        ["UpdateLiveStreaming"] = (api => api.UpdateLiveStreamingAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/live-streaming/update", true),
        ["StartTranscription"] = (api => api.StartTranscriptionAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/transcription/start", true),
        ["StopTranscription"] = (api => api.StopTranscriptionAsync("consult-1"), "POST", "/v1/rooms/consult-1/transcription/stop", false),
        ["StartDialOut"] = (api => api.StartDialOutAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/dialOut/start", true),
        ["StopDialOut"] = (api => api.StopDialOutAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/dialOut/stop", true),
        ["SendDialOutDtmf"] = (api => api.SendDialOutDtmfAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/dialOut/sendDTMF", true),
        ["SipCallTransfer"] = (api => api.SipCallTransferAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/sipCallTransfer", true),
        ["SipRefer"] = (api => api.SipReferAsync("consult-1", Options), "POST", "/v1/rooms/consult-1/sipRefer", true),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    public static TheoryData<string> RawCaseNames => new(RawCases.Keys);

    [Fact]
    public void Every_operation_of_the_interface_is_covered()
    {
        var methods = typeof(IDailyApi).GetMethods().Select(m => m.Name[..^"Async".Length]).ToHashSet();
        Assert.Equal(45, methods.Count);
        Assert.Equal(methods.Order(), Cases.Keys.Concat(RawCases.Keys).Order());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Each_operation_sends_the_documented_request_and_reads_the_answer(string name)
    {
        var c = Cases[name];
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(c.ResponseBody));

        var result = await c.Call(host.Api);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal(c.Method, sent.Method);
        Assert.Equal(c.Path, sent.Path);
        Assert.Equal(c.Query is null ? string.Empty : "?" + c.Query, new Uri(sent.AbsoluteUrl!).Query);
        Assert.Equal($"Bearer {DailyTestHost.ApiKey}", sent.Headers!["Authorization"].Single());
        if (c.Body is null)
        {
            Assert.True(string.IsNullOrEmpty(sent.Body), sent.Body);
        }
        else
        {
            Assert.StartsWith("application/json", sent.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(c.Body), JsonNode.Parse(sent.Body!)), sent.Body);
        }

        c.Check(result);
    }

    [Theory]
    [MemberData(nameof(RawCaseNames))]
    public async Task Option_object_endpoints_send_the_body_as_given_and_return_the_answer(string name)
    {
        var (call, method, path, hasBody) = RawCases[name];
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"status":"ok"}"""));

        var result = await call(host.Api);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal(method, sent.Method);
        Assert.Equal(path, sent.Path);
        if (hasBody)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Options.GetRawText()), JsonNode.Parse(sent.Body!)), sent.Body);
        }
        else
        {
            Assert.True(string.IsNullOrEmpty(sent.Body), sent.Body);
        }

        Assert.Equal("ok", result.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("a/b", "/v1/rooms/a%2Fb")]
    [InlineData("a?b", "/v1/rooms/a%3Fb")]
    [InlineData("a b", "/v1/rooms/a%20b")]
    public async Task Path_arguments_are_escaped_as_one_segment(string name, string expected)
    {
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Room()));
        await host.Api.GetRoomAsync(name, TestContext.Current.CancellationToken);
        Assert.Equal(expected, new Uri(host.SingleRequest().RequestMessage!.AbsoluteUrl!).AbsolutePath);
    }
}
