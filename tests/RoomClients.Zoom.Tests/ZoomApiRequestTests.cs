using System.Text.Json.Nodes;
using RoomClients.Zoom.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Zoom.Tests;

/// <summary>Every <see cref="IZoomApi"/> operation: the method, path, query and JSON body it sends, with the Bearer token, and that its answer parses.</summary>
public sealed class ZoomApiRequestTests
{
    public sealed record Case(Func<IZoomApi, CancellationToken, Task> Call, string Method, string Path, string? Query, string? Body, int Status, string? Answer);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["ListMeetings"] = new((api, ct) => api.ListMeetingsAsync("me", "upcoming", 50, "tok", ct), "GET", "/v2/users/me/meetings", "type=upcoming&page_size=50&next_page_token=tok", null, 200,
            """{"page_size":50,"total_records":1,"next_page_token":"","meetings":[{"id":85123456789,"type":2,"join_url":"https://z.example/j/1"}]}"""),
        ["CreateMeeting"] = new((api, ct) => api.CreateMeetingAsync("host@example.com", new ZoomMeetingRequest
        {
            Topic = "T", Type = 2, StartTime = new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.FromHours(1)), Duration = 30, Timezone = "Europe/Paris", Password = "a1B2c3",
            Agenda = "A", Settings = new ZoomMeetingSettings { WaitingRoom = true, AutoRecording = "cloud", ApprovalType = 2 },
            TrackingFields = [new ZoomTrackingField { Field = "dept", Value = "care" }],
        }, ct), "POST", "/v2/users/host@example.com/meetings", null,
            """{"topic":"T","type":2,"start_time":"2026-03-01T15:00:00Z","duration":30,"timezone":"Europe/Paris","password":"a1B2c3","agenda":"A","settings":{"approval_type":2,"auto_recording":"cloud","waiting_room":true},"tracking_fields":[{"field":"dept","value":"care"}]}""",
            201, ZoomTestHost.Meeting()),
        ["GetMeeting"] = new((api, ct) => api.GetMeetingAsync("85123456789", "1648194360000", true, ct), "GET", "/v2/meetings/85123456789", "occurrence_id=1648194360000&show_previous_occurrences=true", null, 200, ZoomTestHost.Meeting()),
        ["UpdateMeeting"] = new((api, ct) => api.UpdateMeetingAsync("85123456789", new ZoomMeetingRequest { Agenda = "B", Duration = 45 }, "1648194360000", ct), "PATCH", "/v2/meetings/85123456789", "occurrence_id=1648194360000", """{"duration":45,"agenda":"B"}""", 204, null),
        ["DeleteMeeting"] = new((api, ct) => api.DeleteMeetingAsync("85123456789", "1648194360000", true, false, ct), "DELETE", "/v2/meetings/85123456789", "occurrence_id=1648194360000&schedule_for_reminder=true&cancel_meeting_reminder=false", null, 204, null),
        ["UpdateMeetingStatus"] = new((api, ct) => api.UpdateMeetingStatusAsync("85123456789", new ZoomMeetingStatusRequest { Action = "end" }, ct), "PUT", "/v2/meetings/85123456789/status", null, """{"action":"end"}""", 204, null),
        ["GetMeetingInvitation"] = new((api, ct) => api.GetMeetingInvitationAsync("85123456789", ct), "GET", "/v2/meetings/85123456789/invitation", null, null, 200, """{"invitation":"Join Zoom Meeting"}"""),
        ["GetLiveStream"] = new((api, ct) => api.GetLiveStreamAsync("85123456789", ct), "GET", "/v2/meetings/85123456789/livestream", null, null, 200, """{"stream_url":"rtmp://s.example/live","stream_key":"k","page_url":"https://watch.example"}"""),
        ["UpdateLiveStream"] = new((api, ct) => api.UpdateLiveStreamAsync("85123456789", new ZoomLiveStreamSettings { StreamUrl = "rtmp://s.example/live", StreamKey = "k", PageUrl = "https://watch.example" }, ct), "PATCH", "/v2/meetings/85123456789/livestream", null, """{"stream_url":"rtmp://s.example/live","stream_key":"k","page_url":"https://watch.example"}""", 204, null),
        ["ListMeetingTemplates"] = new((api, ct) => api.ListMeetingTemplatesAsync("me", ct), "GET", "/v2/users/me/meeting_templates", null, null, 200, """{"total_records":1,"templates":[{"id":"t1","name":"n","type":1}]}"""),
        ["ListRegistrants"] = new((api, ct) => api.ListRegistrantsAsync("85123456789", null, "pending", 100, "nxt", ct), "GET", "/v2/meetings/85123456789/registrants", "status=pending&page_size=100&next_page_token=nxt", null, 200, """{"next_page_token":"","registrants":[{"id":"r1","email":"a@example.com","status":"pending","create_time":"2026-01-01T00:00:00Z"}]}"""),
        ["AddRegistrant"] = new((api, ct) => api.AddRegistrantAsync("85123456789", new ZoomRegistrantRequest { Email = "a@example.com", FirstName = "Ada", AutoApprove = true }, "o1,o2", ct), "POST", "/v2/meetings/85123456789/registrants", "occurrence_ids=o1,o2", """{"email":"a@example.com","first_name":"Ada","auto_approve":true}""", 201, """{"id":85123456789,"registrant_id":"r1","join_url":"https://z.example/w/1"}"""),
        ["GetRegistrantQuestions"] = new((api, ct) => api.GetRegistrantQuestionsAsync("85123456789", ct), "GET", "/v2/meetings/85123456789/registrants/questions", null, null, 200, """{"questions":[{"field_name":"org","required":true}],"custom_questions":[]}"""),
        ["UpdateRegistrantQuestions"] = new((api, ct) => api.UpdateRegistrantQuestionsAsync("85123456789", new ZoomRegistrantQuestions { Questions = [new ZoomRegistrantQuestion { FieldName = "org", Required = true }], CustomQuestions = [new ZoomCustomQuestion { Title = "Why?", Type = "single", Answers = ["a", "b"] }] }, ct), "PATCH", "/v2/meetings/85123456789/registrants/questions", null, """{"questions":[{"field_name":"org","required":true}],"custom_questions":[{"title":"Why?","type":"single","answers":["a","b"]}]}""", 204, null),
        ["UpdateRegistrantStatus"] = new((api, ct) => api.UpdateRegistrantStatusAsync("85123456789", new ZoomRegistrantStatusRequest { Action = "approve", Registrants = [new ZoomRegistrantReference { Id = "r1" }] }, null, ct), "PUT", "/v2/meetings/85123456789/registrants/status", null, """{"action":"approve","registrants":[{"id":"r1"}]}""", 204, null),
        ["DeleteRegistrant"] = new((api, ct) => api.DeleteRegistrantAsync("85123456789", "r1", "o1", ct), "DELETE", "/v2/meetings/85123456789/registrants/r1", "occurrence_id=o1", null, 204, null),
        ["ListPolls"] = new((api, ct) => api.ListPollsAsync("85123456789", ct), "GET", "/v2/meetings/85123456789/polls", null, null, 200, """{"total_records":1,"polls":[{"id":"p1","status":"notstart","title":"t","questions":[{"name":"q","type":"single","answers":["y","n"]}]}]}"""),
        ["CreatePoll"] = new((api, ct) => api.CreatePollAsync("85123456789", new ZoomPollRequest { Title = "t", Questions = [new ZoomPollQuestion { Name = "q", Type = "single", Answers = ["y", "n"] }] }, ct), "POST", "/v2/meetings/85123456789/polls", null, """{"title":"t","questions":[{"name":"q","type":"single","answers":["y","n"]}]}""", 201, """{"id":"p1","status":"notstart","title":"t"}"""),
        ["GetPoll"] = new((api, ct) => api.GetPollAsync("85123456789", "p1", ct), "GET", "/v2/meetings/85123456789/polls/p1", null, null, 200, """{"id":"p1","status":"started"}"""),
        ["UpdatePoll"] = new((api, ct) => api.UpdatePollAsync("85123456789", "p1", new ZoomPollRequest { Title = "t2", Questions = [] }, ct), "PUT", "/v2/meetings/85123456789/polls/p1", null, """{"title":"t2","questions":[]}""", 204, null),
        ["DeletePoll"] = new((api, ct) => api.DeletePollAsync("85123456789", "p1", ct), "DELETE", "/v2/meetings/85123456789/polls/p1", null, null, 204, null),
        ["CreateBatchPolls"] = new((api, ct) => api.CreateBatchPollsAsync("85123456789", new ZoomBatchPollsRequest { Polls = [new ZoomPollRequest { Title = "a", Questions = [new ZoomPollQuestion { Name = "q" }] }] }, ct), "POST", "/v2/meetings/85123456789/batch_polls", null, """{"polls":[{"title":"a","questions":[{"name":"q"}]}]}""", 201, """{"polls":[{"id":"p1","status":"notstart"}]}"""),
        ["ListPastMeetingInstances"] = new((api, ct) => api.ListPastMeetingInstancesAsync("85123456789", ct), "GET", "/v2/past_meetings/85123456789/instances", null, null, 200, """{"meetings":[{"uuid":"u1==","start_time":"2026-01-01T10:00:00Z"}]}"""),
        ["GetPastMeeting"] = new((api, ct) => api.GetPastMeetingAsync(ZoomMeetingUuid.ForPath("/ajXp112QmuoKj4854875=="), ct), "GET", "/v2/past_meetings/%2FajXp112QmuoKj4854875%3D%3D", null, null, 200, """{"uuid":"/ajXp112QmuoKj4854875==","id":85123456789,"duration":30,"participants_count":3}"""),
        ["ListPastMeetingParticipants"] = new((api, ct) => api.ListPastMeetingParticipantsAsync("ng1MzyWNQaObxcf3+Gfm6A==", 300, null, ct), "GET", "/v2/past_meetings/ng1MzyWNQaObxcf3+Gfm6A==/participants", "page_size=300", null, 200, """{"next_page_token":"","participants":[{"id":"p","name":"Ada","user_email":"a@example.com"}]}"""),
        ["ListPastMeetingPolls"] = new((api, ct) => api.ListPastMeetingPollsAsync("85123456789", ct), "GET", "/v2/past_meetings/85123456789/polls", null, null, 200, """{"id":85123456789,"questions":[{"name":"Ada","question_details":[{"question":"q","answer":"y"}]}]}"""),
        ["GetMeetingRecordings"] = new((api, ct) => api.GetMeetingRecordingsAsync("85123456789", "download_access_token", 600, ct), "GET", "/v2/meetings/85123456789/recordings", "include_fields=download_access_token&ttl=600", null, 200, """{"uuid":"u","id":85123456789,"recording_count":1,"recording_files":[{"id":"f1","file_type":"MP4","file_size":1048576,"download_url":"https://z.example/rec/download/f1","status":"completed"}]}"""),
        ["DeleteMeetingRecordings"] = new((api, ct) => api.DeleteMeetingRecordingsAsync("85123456789", "trash", ct), "DELETE", "/v2/meetings/85123456789/recordings", "action=trash", null, 204, null),
        ["DeleteRecordingFile"] = new((api, ct) => api.DeleteRecordingFileAsync("85123456789", "f1", "delete", ct), "DELETE", "/v2/meetings/85123456789/recordings/f1", "action=delete", null, 204, null),
    };

    public static TheoryData<string> Operations => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_sends_its_documented_request_and_reads_its_answer(string operation)
    {
        var c = Cases[operation];
        await using var host = new ZoomTestHost();
        var response = Response.Create().WithStatusCode(c.Status);
        if (c.Answer is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(c.Answer);
        }

        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);

        await c.Call(host.Api, TestContext.Current.CancellationToken);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal(c.Method, sent.Method);
        var raw = new Uri(sent.AbsoluteUrl);
        Assert.Equal(c.Path, raw.AbsolutePath); // as WireMock reports it, decoded once: a double-encoded UUID still shows %2F
        Assert.Equal(c.Query ?? string.Empty, Uri.UnescapeDataString(raw.Query.TrimStart('?')));
        Assert.Equal($"Bearer {host.Token}", sent.Headers!["Authorization"].Single());
        if (c.Body is null)
        {
            Assert.True(string.IsNullOrEmpty(sent.Body), sent.Body);
        }
        else
        {
            Assert.Equal("application/json; charset=utf-8", sent.Headers!["Content-Type"].Single());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(c.Body), JsonNode.Parse(sent.Body!)), sent.Body);
        }
    }

    [Fact]
    public async Task Meetings_read_ids_beyond_int_and_times_in_utc()
    {
        await using var host = new ZoomTestHost();
        host.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody("""{"id":"98765432101","type":8,"start_time":"2026-03-01T15:00:00","duration":"30","occurrences":[{"occurrence_id":"1","start_time":"2026-03-08T15:00:00Z","duration":30,"status":"available"}],"recurrence":{"type":2,"weekly_days":"1,2"},"settings":{"global_dial_in_numbers":[{"country":"US","number":"+1 100","type":"toll"}]},"join_url":"https://z.example/j/1"}"""));

        var meeting = await host.Api.GetMeetingAsync("98765432101", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(98765432101L, meeting.Id); // numbers as strings are read too
        Assert.Equal(30, meeting.Duration);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 15, 0, 0, TimeSpan.Zero), meeting.StartTime); // no zone: UTC
        Assert.Equal("1", Assert.Single(meeting.Occurrences!).OccurrenceId);
        Assert.Equal("1,2", meeting.Recurrence!.WeeklyDays);
        Assert.Equal("+1 100", Assert.Single(meeting.Settings!.GlobalDialInNumbers!).Number);
    }

    [Theory]
    [InlineData("ng1MzyWNQaObxcf3+Gfm6A==", "ng1MzyWNQaObxcf3+Gfm6A==")]
    [InlineData("/ajXp112QmuoKj4854875==", "%2FajXp112QmuoKj4854875%3D%3D")]
    [InlineData("ab//cd==", "ab%2F%2Fcd%3D%3D")]
    public void Uuids_that_zoom_wants_double_encoded_are_encoded_once_here(string uuid, string expected) =>
        Assert.Equal(expected, ZoomMeetingUuid.ForPath(uuid));
}
