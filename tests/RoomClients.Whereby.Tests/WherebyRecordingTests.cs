using System.Net;
using RoomClients.Whereby.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Whereby.Tests;

/// <summary>Recordings through the neutral feature: the requests (meeting, then recordings by room name), the mapping and the errors.</summary>
public sealed class WherebyRecordingTests
{
    private const string MeetingJson = """{"meetingId":"52755922","roomName":"/demo-1a2b","roomUrl":"https://acme.whereby.com/demo-1a2b","startDate":"2026-11-22T12:00:00.000Z","endDate":"2026-11-22T13:00:00.000Z"}""";

    private static string RecordingJson(string id, string roomName = "/demo-1a2b", string size = "100") =>
        $$"""{"recordingId":"{{id}}","roomSessionId":"sess-1","roomName":"{{roomName}}","filename":"{{id}}.mp4","startDate":"2026-11-22T12:05:00.000Z","endDate":"2026-11-22T12:35:30.000Z","sizeInMegaBytes":{{size}}}""";

    private static void Answer(WherebyTestHost host, IRequestBuilder request, int status, string? body, int priority = 5) =>
        host.Server.Given(request).AtPriority(priority)
            .RespondWith(body is null ? Response.Create().WithStatusCode(status) : Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static WherebyTestHost HostWithMeeting()
    {
        var host = new WherebyTestHost();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/meetings/52755922"), 200, MeetingJson);
        return host;
    }

    private static async Task<List<RoomRecording>> List(IRoomService rooms, string roomId)
    {
        var list = new List<RoomRecording>();
        await foreach (var recording in rooms.ListRecordingsAsync(roomId, TestContext.Current.CancellationToken))
        {
            list.Add(recording);
        }

        return list;
    }

    [Fact]
    public async Task Listing_reads_the_meeting_then_pages_its_recordings_by_room_name()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings").WithParam("cursor", "c2"), 200, $$"""{"results":[{{RecordingJson("rec-2", size: "0.5")}}],"cursor":null}""", 1);
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings"), 200, $$"""{"results":[{{RecordingJson("rec-1")}},{{RecordingJson("rec-x", "/someone-else")}}],"cursor":"c2"}""");

        var recordings = await List(host.Rooms, "52755922");

        var requests = host.Requests.Select(r => (r.RequestMessage!.Method, r.RequestMessage.Path, new Uri(r.RequestMessage.AbsoluteUrl).Query)).ToList();
        Assert.Equal(
            [
                ("GET", "/v1/meetings/52755922", string.Empty),
                ("GET", "/v1/recordings", "?roomName=%2Fdemo-1a2b&limit=100"),
                ("GET", "/v1/recordings", "?roomName=%2Fdemo-1a2b&cursor=c2&limit=100"),
            ],
            requests);
        Assert.All(host.Requests, r => Assert.Equal($"Bearer {WherebyTestHost.ApiKey}", r.RequestMessage!.Headers!["Authorization"].Single()));

        Assert.Equal(["rec-1", "rec-2"], recordings.Select(r => r.Id)); // another room's recording is not this room's
        var first = recordings[0];
        Assert.Equal("52755922", first.RoomId);
        Assert.Equal("whereby", first.Provider);
        Assert.Equal(RoomRecordingState.Ready, first.State);
        Assert.Null(first.ProviderState);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 12, 5, 0, TimeSpan.Zero), first.StartedAt);
        Assert.Equal(TimeSpan.FromSeconds(30 * 60 + 30), first.Duration);
        Assert.Equal(100_000_000, first.SizeInBytes);
        Assert.IsType<Recording>(first.RawRepresentation);
        Assert.Equal(500_000, recordings[1].SizeInBytes);
    }

    [Fact]
    public async Task A_room_without_recordings_lists_none()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings"), 200, """{"results":[],"cursor":null}""");
        Assert.Empty(await List(host.Rooms, "52755922"));
    }

    [Fact]
    public async Task Listing_a_missing_room_is_not_found()
    {
        await using var host = new WherebyTestHost();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/meetings/52755922"), 404, """{"error":"The requested resource doesn't exist"}""");
        await Assert.ThrowsAsync<RoomNotFoundException>(() => List(host.Rooms, "52755922"));
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_download_link_checks_the_recording_belongs_to_the_room_then_asks_for_the_access_link()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings/rec-1"), 200, RecordingJson("rec-1"));
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings/rec-1/access-link"), 200, """{"accessLink":"https://s3.example/rec-1.mp4?sig=1","expires":1795395600000}""", 1);

        var link = await host.Rooms.GetRecordingLinkAsync("52755922", "rec-1", TestContext.Current.CancellationToken);

        Assert.Equal(["/v1/meetings/52755922", "/v1/recordings/rec-1", "/v1/recordings/rec-1/access-link"], host.Requests.Select(r => r.RequestMessage!.Path));
        Assert.Equal(string.Empty, new Uri(host.Requests[^1].RequestMessage!.AbsoluteUrl).Query); // Whereby's default lifetime, 3600 s
        Assert.Equal(new Uri("https://s3.example/rec-1.mp4?sig=1"), link.Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795395600000), link.ExpiresAt);
    }

    [Fact]
    public async Task Another_rooms_recording_is_not_found_here_and_no_link_is_asked_for()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings/rec-x"), 200, RecordingJson("rec-x", "/someone-else"));

        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRecordingLinkAsync("52755922", "rec-x", TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.DeleteRecordingAsync("52755922", "rec-x", TestContext.Current.CancellationToken));
        Assert.DoesNotContain(host.Requests, r => r.RequestMessage!.Path.EndsWith("/access-link", StringComparison.Ordinal) || r.RequestMessage.Method == "DELETE");
    }

    [Fact]
    public async Task A_missing_recording_is_not_found()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings/gone"), 404, """{"error":"The requested resource doesn't exist"}""");
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRecordingLinkAsync("52755922", "gone", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_self_hosted_recording_has_no_access_link_and_the_403_is_typed()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings/rec-1"), 200, RecordingJson("rec-1"));
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings/rec-1/access-link"), 403, """{"error":"Not allowed to perform action"}""", 1);

        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.GetRecordingLinkAsync("52755922", "rec-1", TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("Not allowed to perform action", error.ProviderMessage);
        Assert.DoesNotContain(WherebyTestHost.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_reads_the_recording_then_deletes_it()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings/rec-1"), 200, RecordingJson("rec-1"));
        Answer(host, Request.Create().UsingDelete().WithPath("/v1/recordings/rec-1"), 204, null);

        await host.Rooms.DeleteRecordingAsync("52755922", "rec-1", TestContext.Current.CancellationToken);

        Assert.Equal(["GET /v1/meetings/52755922", "GET /v1/recordings/rec-1", "DELETE /v1/recordings/rec-1"], host.Requests.Select(r => $"{r.RequestMessage!.Method} {r.RequestMessage.Path}"));
    }

    [Fact]
    public async Task A_provider_error_while_listing_is_typed_with_whereby_s_message()
    {
        await using var host = HostWithMeeting();
        Answer(host, Request.Create().UsingGet().WithPath("/v1/recordings"), 400, """{"error":"\"limit\" must be between 1 and 100"}""");
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => List(host.Rooms, "52755922"));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("\"limit\" must be between 1 and 100", error.ProviderMessage);
        Assert.DoesNotContain(WherebyTestHost.ApiKey, error.ToString(), StringComparison.Ordinal);
    }
}
