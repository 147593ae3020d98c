using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Daily.Models;
using RoomClients.Testing.Daily;

namespace RoomClients.Daily.Tests;

/// <summary>Recordings: <c>GET /recordings?room_name=</c> paged lazily, the recording's room checked before its access link or deletion.</summary>
public sealed class DailyRecordingTests
{
    private const string RecordingId = "08fa0b24-9220-44c5-846c-3f116cf8e738";

    private static string Recording(string id = RecordingId, string room = "consult-1", string status = "finished", string extra = "") =>
        $$"""{"id":"{{id}}","room_name":"{{room}}","start_ts":1692124183,"status":"{{status}}","max_participants":1,"duration":9,"share_token":"ntDCL5k98Ulq","s3key":"acme/{{room}}/1692124183028","mtgSessionId":"m-1","tracks":null{{extra}}}""";

    private static async Task<List<RoomRecording>> ListAsync(IRoomService rooms, string roomId)
    {
        var list = new List<RoomRecording>();
        await foreach (var recording in rooms.ListRecordingsAsync(roomId, TestContext.Current.CancellationToken))
        {
            list.Add(recording);
        }

        return list;
    }

    [Fact]
    public async Task Listing_asks_for_the_rooms_recordings_and_maps_state_start_duration_and_size()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", "/v1/recordings", 200, $$"""
            {"total_count":3,"data":[
              {{Recording()}},
              {{Recording("rec-2", status: "in-progress").Replace("\"duration\":9,", "", StringComparison.Ordinal)}},
              {{Recording("rec-3", status: "canceled", extra: ",\"tracks\":[{\"size\":1000,\"type\":\"audio\",\"s3Key\":\"a\"},{\"size\":24000,\"type\":\"video\",\"s3Key\":\"v\"}]").Replace("\"tracks\":null,", "", StringComparison.Ordinal)}}]}
            """);

        var recordings = await ListAsync(host.Rooms, "consult-1");

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/recordings", request.Path);
        Assert.Equal("consult-1", request.Query!["room_name"].Single());
        Assert.Equal("100", request.Query["limit"].Single());
        Assert.False(request.Query.ContainsKey("starting_after"));
        Assert.Equal($"Bearer {DailyTestHost.ApiKey}", request.Headers!["Authorization"].Single());

        Assert.Equal([RecordingId, "rec-2", "rec-3"], recordings.Select(r => r.Id));
        var ready = recordings[0];
        Assert.Equal(("consult-1", "daily", RoomRecordingState.Ready, "finished"), (ready.RoomId, ready.Provider, ready.State, ready.ProviderState));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1692124183), ready.StartedAt);
        Assert.Equal(TimeSpan.FromSeconds(9), ready.Duration);
        Assert.Null(ready.SizeInBytes); // a cloud recording carries no size
        Assert.IsType<Recording>(ready.RawRepresentation);
        Assert.Equal((RoomRecordingState.Recording, (TimeSpan?)null), (recordings[1].State, recordings[1].Duration));
        Assert.Equal((RoomRecordingState.Failed, (long?)25000), (recordings[2].State, recordings[2].SizeInBytes)); // raw tracks: their sizes
    }

    [Fact]
    public async Task A_full_page_is_followed_by_its_last_id_and_pages_are_fetched_only_as_the_listing_is_read()
    {
        await using var host = new DailyTestHost();
        var first = string.Join(',', Enumerable.Range(0, 100).Select(i => Recording($"rec-{i:D3}")));
        host.Answer("GET", "/v1/recordings", 200, $$"""{"total_count":101,"data":[{{first}}]}""");
        host.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/recordings").WithParam("starting_after", "rec-099").UsingGet()).AtPriority(-1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"total_count":101,"data":[{{Recording("rec-100")}}]}"""));

        await using var listing = host.Rooms.ListRecordingsAsync("consult-1", TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.Empty(host.Requests); // lazy: nothing before the first MoveNext
        for (var i = 0; i < 100; i++)
        {
            Assert.True(await listing.MoveNextAsync());
        }

        Assert.Single(host.Requests);
        Assert.True(await listing.MoveNextAsync());
        Assert.Equal("rec-100", listing.Current.Id);
        Assert.False(await listing.MoveNextAsync());
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task A_room_without_recordings_lists_none_and_a_page_of_another_room_is_refused()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", "/v1/recordings", 200, """{"total_count":0,"data":[]}""");
        Assert.Empty(await ListAsync(host.Rooms, "consult-1"));

        host.Answer("GET", "/v1/recordings", 200, $$"""{"total_count":1,"data":[{{Recording(room: "other")}}]}""", priority: -1);
        await Assert.ThrowsAsync<RoomServiceException>(() => ListAsync(host.Rooms, "consult-1"));
    }

    [Fact]
    public async Task The_download_link_comes_after_the_recording_is_found_in_that_room_and_finished()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", $"/v1/recordings/{RecordingId}", 200, Recording());
        host.Answer("GET", $"/v1/recordings/{RecordingId}/access-link", 200, """{"download_link":"https://daily-recordings.s3.amazonaws.com/acme/consult-1/1692124183028?X-Amz-Signature=abc","expires":1692127783}""");

        var link = await host.Rooms.GetRecordingLinkAsync("consult-1", RecordingId, TestContext.Current.CancellationToken);

        Assert.Equal([$"/v1/recordings/{RecordingId}", $"/v1/recordings/{RecordingId}/access-link"], host.Requests.Select(r => r.RequestMessage!.Path));
        Assert.Empty(host.Request("GET", $"/v1/recordings/{RecordingId}/access-link").RequestMessage!.Query!); // Daily's default lifetime: one hour
        Assert.Equal(new Uri("https://daily-recordings.s3.amazonaws.com/acme/consult-1/1692124183028?X-Amz-Signature=abc"), link.Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1692127783), link.ExpiresAt);
    }

    [Theory]
    [InlineData("in-progress")]
    [InlineData("canceled")]
    public async Task A_recording_that_is_not_finished_is_a_conflict_and_no_link_is_asked_for(string status)
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", $"/v1/recordings/{RecordingId}", 200, Recording(status: status));
        var error = await Assert.ThrowsAsync<RoomConflictException>(() => host.Rooms.GetRecordingLinkAsync("consult-1", RecordingId, TestContext.Current.CancellationToken));
        Assert.Equal(status, error.ErrorCode);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task An_access_link_that_is_an_error_text_is_refused_without_echoing_it()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", $"/v1/recordings/{RecordingId}", 200, Recording());
        host.Answer("GET", $"/v1/recordings/{RecordingId}/access-link", 200, """{"download_link":"Error: AccessDenied for bucket private-bucket-7","expires":1692127783}""");
        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.GetRecordingLinkAsync("consult-1", RecordingId, TestContext.Current.CancellationToken));
        Assert.DoesNotContain("private-bucket-7", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recording_of_another_room_is_not_found_there_and_is_never_deleted_from_it()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", $"/v1/recordings/{RecordingId}", 200, Recording(room: "other-room"));
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRecordingLinkAsync("consult-1", RecordingId, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.DeleteRecordingAsync("consult-1", RecordingId, TestContext.Current.CancellationToken));
        Assert.All(host.Requests, r => Assert.Equal("GET", r.RequestMessage!.Method));
    }

    [Fact]
    public async Task Deleting_checks_the_room_then_sends_delete()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", $"/v1/recordings/{RecordingId}", 200, Recording());
        host.Answer("DELETE", $"/v1/recordings/{RecordingId}", 200, $$"""{"deleted":true,"id":"{{RecordingId}}"}""");
        await host.Rooms.DeleteRecordingAsync("consult-1", RecordingId, TestContext.Current.CancellationToken);
        Assert.Equal(["GET", "DELETE"], host.Requests.Select(r => r.RequestMessage!.Method));
    }

    [Fact]
    public async Task A_missing_recording_is_not_found()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", "/v1/recordings/rec-x", 404, """{"error":"not-found","info":"recording rec-x was not found"}""");
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRecordingLinkAsync("consult-1", "rec-x", TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task A_provider_error_while_listing_is_typed_and_the_key_it_echoes_is_redacted()
    {
        await using var host = new DailyTestHost();
        host.Answer("GET", "/v1/recordings", 400, $$"""{"error":"invalid-request-error","info":"bad request for key {{DailyTestHost.ApiKey}}"}""");
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => ListAsync(host.Rooms, "consult-1"));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid-request-error", error.ErrorCode);
        Assert.DoesNotContain(DailyTestHost.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulator_lists_newest_first_in_pages_links_and_deletes_the_recordings_it_was_given()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        using var simulator = new DailySimulator(timeProvider: time);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time);
        services.AddRoomClients().AddDaily(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; });
        await using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();
        var api = provider.GetRequiredService<IDailyApi>();
        var ct = TestContext.Current.CancellationToken;
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest(), ct);
        var other = await rooms.CreateRoomAsync(new CreateRoomRequest(), ct);

        Assert.Empty(await ListAsync(rooms, room.Id));
        var older = simulator.AddRecording(room.Id);
        var newer = ((RoomClients.Testing.ProviderSimulator)simulator).AddRecording(room.Id)!; // the contract suite's way in
        simulator.AddRecording(other.Id);

        Assert.Equal([newer, older], (await ListAsync(rooms, room.Id)).Select(r => r.Id));
        var page = await api.ListRecordingsAsync(room.Id, 1, null, null, ct);
        Assert.Equal((2L, newer), (page.TotalCount, Assert.Single(page.Data).Id));
        Assert.Equal(older, Assert.Single((await api.ListRecordingsAsync(room.Id, 1, newer, null, ct)).Data).Id);

        var link = await rooms.GetRecordingLinkAsync(room.Id, older, ct);
        Assert.Equal(Uri.UriSchemeHttps, link.Url.Scheme);
        Assert.Equal(time.GetUtcNow().AddHours(1), link.ExpiresAt);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.GetRecordingLinkAsync(other.Id, older, ct));

        await rooms.DeleteRecordingAsync(room.Id, older, ct);
        Assert.Equal([newer], (await ListAsync(rooms, room.Id)).Select(r => r.Id));
        await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.DeleteRecordingAsync(room.Id, older, ct));
        var bad = await Assert.ThrowsAsync<RoomValidationException>(() => api.ListRecordingsAsync(room.Id, 101, null, null, ct));
        Assert.Equal("invalid-request-error", bad.ErrorCode);
    }
}
