using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Zoom.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Zoom.Tests;

/// <summary>The neutral adapter: what a neutral request becomes on the wire, and what comes back.</summary>
public sealed class ZoomRoomServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static ZoomTestHost Host(Action<ZoomOptions>? configure = null) =>
        new(configure, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    private static void StubCreate(ZoomTestHost host, string body) =>
        host.Server.Given(Request.Create().UsingPost().WithPath("/v2/users/me/meetings"))
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(body));

    private static JsonNode SentBody(ZoomTestHost host) => JsonNode.Parse(host.SingleRequest().RequestMessage!.Body!)!;

    private static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());

    [Fact]
    public async Task The_minimal_request_creates_a_meeting_starting_now_and_maps_join_and_start_urls()
    {
        await using var host = Host();
        StubCreate(host, ZoomTestHost.Meeting(type: 2, start: "2026-11-22T12:00:00Z", duration: 60));

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/users/me/meetings", request.Path);
        Assert.Equal($"Bearer {host.Token}", request.Headers!["Authorization"].Single());
        AssertJson("""{"type":2,"start_time":"2026-11-22T12:00:00Z"}""", SentBody(host)); // starts now: listed, exact end, polls
        Assert.Equal("85123456789", room.Id); // more than an int holds
        Assert.Equal("zoom", room.Provider);
        Assert.Equal(RoomKind.Instant, room.Kind);
        Assert.Equal("Consultation", room.DisplayName);
        Assert.Equal(new Uri("https://us02web.zoom.us/j/85123456789?pwd=abc"), room.JoinUrl);
        Assert.Equal(new Uri("https://us02web.zoom.us/s/85123456789?zak=eyJzdGFydA"), room.HostUrl);
        Assert.Equal(Now, room.StartsAt);
        Assert.Equal(Now.AddHours(1), room.EndsAt);
        Assert.Equal(Now, room.CreatedAt);
        Assert.Equal("ng1MzyWNQaObxcf3+Gfm6A==", room.Metadata["uuid"]);
        Assert.Equal("a1B2c3", room.Metadata["password"]);
        Assert.IsType<ZoomMeeting>(room.RawRepresentation);
    }

    [Fact]
    public async Task The_readme_snippet_creates_an_instant_meeting_lasting_until_the_end_asked()
    {
        await using var host = Host();
        StubCreate(host, ZoomTestHost.Meeting(type: 2, start: "2026-11-22T12:00:00Z", duration: 61));

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = Now.AddHours(1).AddSeconds(30) }, TestContext.Current.CancellationToken);

        AssertJson("""{"type":2,"start_time":"2026-11-22T12:00:00Z","duration":61}""", SentBody(host)); // minutes rounded up: at least as asked
        Assert.Equal(RoomKind.Instant, room.Kind);
        Assert.Equal(Now.AddMinutes(61), room.EndsAt);
    }

    [Fact]
    public async Task Zooms_own_instant_meetings_and_meetings_booked_ahead_read_back_with_their_kind()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/1")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(id: 1, type: 1, start: "2026-11-22T12:00:00Z")));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/2")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(id: 2, type: 2, start: "2026-11-22T12:00:59Z")));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/3")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(id: 3, type: 2, start: "2026-11-22T12:01:01Z")));
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(RoomKind.Instant, (await host.Rooms.GetRoomAsync("1", ct)).Kind); // type 1
        Assert.Equal(RoomKind.Instant, (await host.Rooms.GetRoomAsync("2", ct)).Kind); // starts within a minute of its creation (12:00:00)
        Assert.Equal(RoomKind.Scheduled, (await host.Rooms.GetRoomAsync("3", ct)).Kind); // booked ahead
    }

    [Fact]
    public async Task A_scheduled_room_sends_start_duration_topic_template_waiting_room_and_cloud_recording()
    {
        await using var host = Host();
        StubCreate(host, ZoomTestHost.Meeting());

        var request = new CreateRoomRequest
        {
            Kind = RoomKind.Scheduled,
            DisplayName = "Consultation",
            StartsAt = Now.AddHours(1).AddMilliseconds(250), // Zoom keeps whole seconds: the start is cut, the duration counted from it
            EndsAt = Now.AddHours(1).AddMinutes(30),
            TemplateId = "AdxbhxCzKgSiWAw",
            Locked = true,
            RecordAutomatically = true,
        };
        request.ProviderOptions.Add(new ZoomRoomOptions
        {
            Password = "a1B2c3",
            Agenda = "Follow-up",
            Timezone = "Europe/Paris",
            Settings = new ZoomMeetingSettings { HostVideo = true, MuteUponEntry = true, JbhTime = 5 },
        });
        var room = await host.Rooms.CreateRoomAsync(request, TestContext.Current.CancellationToken);

        AssertJson("""
            {"topic":"Consultation","type":2,"start_time":"2026-11-22T13:00:00Z","duration":30,"timezone":"Europe/Paris","password":"a1B2c3",
             "agenda":"Follow-up","template_id":"AdxbhxCzKgSiWAw",
             "settings":{"host_video":true,"jbh_time":5,"mute_upon_entry":true,"auto_recording":"cloud","waiting_room":true}}
            """, SentBody(host));
        Assert.Equal(RoomKind.Scheduled, room.Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 13, 0, 0, TimeSpan.Zero), room.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 13, 30, 0, TimeSpan.Zero), room.EndsAt); // what the stub answers (start + 30)
    }

    [Fact]
    public async Task A_permanent_room_is_a_recurring_meeting_without_fixed_time_and_a_recurrence_makes_type_8()
    {
        await using var host = Host();
        StubCreate(host, ZoomTestHost.Meeting(type: 3));
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, Locked = false, RecordAutomatically = false }, TestContext.Current.CancellationToken);
        AssertJson("""{"type":3,"settings":{"auto_recording":"none","waiting_room":false}}""", SentBody(host));
        Assert.Equal(RoomKind.Permanent, room.Kind);
        Assert.Null(room.EndsAt);

        host.Server.ResetLogEntries();
        var weekly = new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = Now.AddDays(1), EndsAt = Now.AddDays(1).AddHours(1) };
        weekly.ProviderOptions.Add(new ZoomRoomOptions { Recurrence = new ZoomRecurrence { Type = 2, RepeatInterval = 1, WeeklyDays = "2,4", EndTimes = 10 }, UserId = "host@example.com" });
        host.Server.Given(Request.Create().UsingPost().WithPath("/v2/users/host@example.com/meetings"))
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(type: 8)));
        await host.Rooms.CreateRoomAsync(weekly, TestContext.Current.CancellationToken);
        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal("/v2/users/host@example.com/meetings", sent.Path); // ZoomRoomOptions.UserId names the host
        AssertJson("""{"type":8,"start_time":"2026-11-23T12:00:00Z","duration":60,"recurrence":{"type":2,"repeat_interval":1,"weekly_days":"2,4","end_times":10}}""", JsonNode.Parse(sent.Body!)!);
    }

    public static TheoryData<string, Func<CreateRoomRequest>> Unsupported => new()
    {
        { "CreateRoomRequest.Metadata", () => { var r = new CreateRoomRequest(); r.Metadata["patient"] = "42"; return r; } },
        { "CreateRoomRequest.StartsAt", () => new CreateRoomRequest { Kind = RoomKind.Instant, StartsAt = Now.AddDays(1) } },
        { "CreateRoomRequest.EndsAt", () => new CreateRoomRequest { Kind = RoomKind.Permanent, EndsAt = Now.AddDays(1) } },
        { "CreateRoomRequest.StartsAt", () => new CreateRoomRequest { Kind = RoomKind.Permanent, StartsAt = Now.AddDays(1) } },
        { "ZoomRoomOptions.Recurrence", () => { var r = new CreateRoomRequest(); r.ProviderOptions.Add(new ZoomRoomOptions { Recurrence = new ZoomRecurrence { Type = 1 } }); return r; } },
        { "RoomKind.42", () => new CreateRoomRequest { Kind = (RoomKind)42 } },
        { "ZoomRoomOptions.Recurrence", () => { var r = new CreateRoomRequest { Kind = RoomKind.Permanent }; r.ProviderOptions.Add(new ZoomRoomOptions { Recurrence = new ZoomRecurrence { Type = 1 } }); return r; } },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task What_zoom_cannot_honour_is_refused_before_anything_is_sent(string feature, Func<CreateRoomRequest> request)
    {
        await using var host = Host();
        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateRoomAsync(request(), TestContext.Current.CancellationToken));
        Assert.Equal(feature, error.Feature);
        Assert.Empty(host.Requests);
        Assert.Empty(host.TokenRequests); // not even a token is fetched
    }

    public static TheoryData<string, Func<CreateRoomRequest>> Invalid => new()
    {
        { "EndsAt", () => new CreateRoomRequest { EndsAt = Now.AddMinutes(-5) } },
        { "EndsAt", () => new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = Now.AddHours(2), EndsAt = Now.AddHours(1) } },
        { "StartsAt", () => new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = Now.AddHours(-2) } },
        { "CreateRoomRequest.EndsAt", () => new CreateRoomRequest { EndsAt = Now.AddYears(1) } },
        { "CreateRoomRequest.DisplayName", () => new CreateRoomRequest { DisplayName = new string('x', 201) } },
        { "CreateRoomRequest.DisplayName", () => new CreateRoomRequest { DisplayName = "line\r\nbreak" } },
        { "CreateRoomRequest.TemplateId", () => new CreateRoomRequest { TemplateId = "../users" } },
        { "ZoomRoomOptions.Password", () => { var r = new CreateRoomRequest(); r.ProviderOptions.Add(new ZoomRoomOptions { Password = "way-too-long-1" }); return r; } },
        { "ZoomRoomOptions.Password", () => { var r = new CreateRoomRequest(); r.ProviderOptions.Add(new ZoomRoomOptions { Password = "a b" }); return r; } },
        { "ZoomRoomOptions.Agenda", () => { var r = new CreateRoomRequest(); r.ProviderOptions.Add(new ZoomRoomOptions { Agenda = new string('a', 2001) }); return r; } },
        { "ZoomRoomOptions.UserId", () => { var r = new CreateRoomRequest(); r.ProviderOptions.Add(new ZoomRoomOptions { UserId = ".." }); return r; } },
        { "ZoomRoomOptions.Settings.AutoRecording", () => { var r = new CreateRoomRequest(); r.ProviderOptions.Add(new ZoomRoomOptions { Settings = new ZoomMeetingSettings { AutoRecording = "always" } }); return r; } },
        { "CreateRoomRequest.Locked", () => { var r = new CreateRoomRequest { Locked = true }; r.ProviderOptions.Add(new ZoomRoomOptions { Settings = new ZoomMeetingSettings { WaitingRoom = false } }); return r; } },
        { "CreateRoomRequest.RecordAutomatically", () => { var r = new CreateRoomRequest { RecordAutomatically = true }; r.ProviderOptions.Add(new ZoomRoomOptions { Settings = new ZoomMeetingSettings { AutoRecording = "local" } }); return r; } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Invalid_input_is_refused_before_anything_is_sent(string field, Func<CreateRoomRequest> request)
    {
        await using var host = Host();
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(request(), TestContext.Current.CancellationToken));
        Assert.Equal(field, error.Field);
        Assert.Null(error.StatusCode);
        Assert.Empty(host.Requests);
        Assert.Empty(host.TokenRequests);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,hi")]
    public async Task A_join_or_start_url_that_is_not_http_is_refused(string url)
    {
        await using var host = Host();
        StubCreate(host, ZoomTestHost.Meeting().Replace("https://us02web.zoom.us/j/85123456789?pwd=abc", url, StringComparison.Ordinal));
        var join = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));
        Assert.Contains("join_url", join.Message, StringComparison.Ordinal);

        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/1"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(ZoomTestHost.Meeting(id: 1).Replace("https://us02web.zoom.us/s/1?zak=eyJzdGFydA", url, StringComparison.Ordinal)));
        var start = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.GetRoomAsync("1", TestContext.Current.CancellationToken));
        Assert.Contains("start_url", start.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_returns_the_meeting_with_a_fresh_start_url()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/85123456789"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting()));

        var room = await host.Rooms.GetRoomAsync("85123456789", TestContext.Current.CancellationToken);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal("GET", sent.Method);
        Assert.Empty(sent.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>());
        Assert.Equal("85123456789", room.Id);
        Assert.NotNull(room.HostUrl);
    }

    [Fact]
    public async Task Listing_follows_next_page_token_lazily_and_asks_for_scheduled_meetings()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/users/me/meetings").WithParam("next_page_token", "tok-2"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"page_size":2,"total_records":3,"next_page_token":"","meetings":[{"id":3,"type":3,"join_url":"https://z.example/j/3","topic":"c"}]}"""));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/users/me/meetings").WithParam("type", "scheduled"))
            .AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"page_size":2,"total_records":3,"next_page_token":"tok-2","meetings":[{"id":1,"type":2,"start_time":"2026-11-23T10:00:00Z","duration":45,"join_url":"https://z.example/j/1"},{"id":2,"type":8,"join_url":"https://z.example/j/2"}]}"""));

        var ct = TestContext.Current.CancellationToken;
        await using (var first = host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, ct).GetAsyncEnumerator(ct))
        {
            Assert.True(await first.MoveNextAsync());
            Assert.Equal("1", first.Current.Id);
            Assert.Single(host.Requests); // one page asked for one room
        }

        host.Server.ResetLogEntries();
        var rooms = new List<Room>();
        await foreach (var room in host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, ct))
        {
            rooms.Add(room);
        }

        Assert.Equal(["1", "2", "3"], rooms.Select(r => r.Id));
        Assert.Equal([RoomKind.Scheduled, RoomKind.Scheduled, RoomKind.Permanent], rooms.Select(r => r.Kind));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 45, 0, TimeSpan.Zero), rooms[0].EndsAt);
        Assert.All(rooms, r => Assert.Null(r.HostUrl)); // the list has no start_url: a get gives a fresh one
        var requests = host.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("scheduled", requests[0].Query!["type"].Single());
        Assert.Equal("2", requests[0].Query!["page_size"].Single());
        Assert.False(requests[0].Query!.ContainsKey("next_page_token"));
        Assert.Equal("tok-2", requests[1].Query!["next_page_token"].Single());
    }

    public static TheoryData<string, string, string> BrokenPaging => new()
    {
        { "a repeating token", """{"next_page_token":"same","meetings":[{"id":1,"type":2,"join_url":"https://z.example/j/1"}]}""", """{"next_page_token":"same","meetings":[{"id":2,"type":2,"join_url":"https://z.example/j/2"}]}""" },
        { "an empty page that promises more", """{"next_page_token":"t1","meetings":[{"id":1,"type":2,"join_url":"https://z.example/j/1"}]}""", """{"next_page_token":"t2","meetings":[]}""" },
        { "pages that cycle under new tokens", """{"next_page_token":"t1","meetings":[{"id":1,"type":2,"join_url":"https://z.example/j/1"}]}""", """{"next_page_token":"t-{{Guid}}","meetings":[{"id":1,"type":2,"join_url":"https://z.example/j/1"}]}""" },
    };

    [Theory]
    [MemberData(nameof(BrokenPaging))]
    public async Task Broken_paging_ends_in_a_typed_error_not_an_endless_listing(string what, string first, string then)
    {
        Assert.NotEmpty(what);
        await using var host = Host();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/users/me/meetings")).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(first));
        var counter = 0;
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/users/me/meetings").WithParam("next_page_token"))
            .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    BodyAsString = then.Replace("{{Guid}}", Interlocked.Increment(ref counter).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                    DetectedBodyType = WireMock.Types.BodyType.String,
                },
            }));

        var seen = new List<string>();
        var error = await Assert.ThrowsAsync<RoomServiceException>(async () =>
        {
            await foreach (var room in host.Rooms.ListRoomsAsync(cancellationToken: TestContext.Current.CancellationToken))
            {
                seen.Add(room.Id);
            }
        });

        Assert.Equal("zoom", error.Provider);
        Assert.Contains("page 2", error.Message, StringComparison.Ordinal); // the shared PagingGuard names the broken page
        Assert.True(host.Requests.Count <= 3, $"{host.Requests.Count} pages were asked for");
        Assert.Equal(seen.Distinct(), seen); // no room twice
    }

    [Fact]
    public async Task Update_patches_what_is_set_then_gets_the_room_and_counts_the_duration_from_the_current_start()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/85123456789"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting()));
        host.Server.Given(Request.Create().UsingPatch().WithPath("/v2/meetings/85123456789")).RespondWith(Response.Create().WithStatusCode(204));

        var update = new UpdateRoomRequest { DisplayName = "Renamed", EndsAt = new DateTimeOffset(2026, 11, 22, 14, 0, 0, TimeSpan.Zero), Locked = false, RecordAutomatically = true };
        update.ProviderOptions.Add(new ZoomRoomOptions { Agenda = "New agenda" });
        var room = await host.Rooms.UpdateRoomAsync("85123456789", update, TestContext.Current.CancellationToken);

        var requests = host.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(["GET", "PATCH", "GET"], requests.Select(r => r.Method));
        AssertJson("""{"topic":"Renamed","duration":60,"agenda":"New agenda","settings":{"auto_recording":"cloud","waiting_room":false}}""", JsonNode.Parse(requests[1].Body!)!);
        Assert.Equal("85123456789", room.Id);
    }

    [Fact]
    public async Task Update_without_an_end_sends_only_the_patch_and_metadata_is_refused()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v2/meetings/42")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ZoomTestHost.Meeting(id: 42)));
        host.Server.Given(Request.Create().UsingPatch().WithPath("/v2/meetings/42")).RespondWith(Response.Create().WithStatusCode(204));

        await host.Rooms.UpdateRoomAsync("42", new UpdateRoomRequest { StartsAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero) }, TestContext.Current.CancellationToken);
        var requests = host.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(["PATCH", "GET"], requests.Select(r => r.Method));
        AssertJson("""{"start_time":"2026-11-23T09:00:00Z"}""", JsonNode.Parse(requests[0].Body!)!);

        host.Server.ResetLogEntries();
        var metadata = new UpdateRoomRequest();
        metadata.Metadata["k"] = "v";
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("42", metadata, TestContext.Current.CancellationToken));
        var host2 = new UpdateRoomRequest();
        host2.ProviderOptions.Add(new ZoomRoomOptions { UserId = "other@example.com" });
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync("42", host2, TestContext.Current.CancellationToken));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Delete_sends_delete_and_a_meeting_in_progress_is_a_typed_error()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingDelete().WithPath("/v2/meetings/42")).RespondWith(Response.Create().WithStatusCode(204));
        host.Server.Given(Request.Create().UsingDelete().WithPath("/v2/meetings/43"))
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody("""{"code":3002,"message":"Sorry, you cannot delete this meeting since it is in progress."}"""));

        await host.Rooms.DeleteRoomAsync("42", TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.DeleteRoomAsync("43", TestContext.Current.CancellationToken));

        Assert.Equal("3002", error.ErrorCode);
        Assert.Contains("in progress", error.ProviderMessage, StringComparison.Ordinal);
        Assert.Equal(["DELETE", "DELETE"], host.Requests.Select(r => r.RequestMessage!.Method));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a/b")]
    [InlineData("85%2F1")]
    [InlineData("1\r\nX-Injected: 1")]
    public async Task Bad_room_ids_are_refused_before_anything_is_sent(string id)
    {
        await using var host = Host();
        var ct = TestContext.Current.CancellationToken;
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.GetRoomAsync(id, ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.DeleteRoomAsync(id, ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync(id, new UpdateRoomRequest { DisplayName = "x" }, ct));
        Assert.Empty(host.Requests);
        Assert.Empty(host.TokenRequests);
    }

    [Fact]
    public void Capabilities_say_what_zoom_does()
    {
        var capabilities = new ZoomRoomService(null!, TimeProvider.System).Capabilities;
        Assert.Equal([RoomKind.Instant, RoomKind.Scheduled, RoomKind.Permanent], capabilities.SupportedKinds);
        Assert.True(capabilities.CanUpdate && capabilities.CanList && capabilities.CanDelete && capabilities.HasHostUrl);
        Assert.True(capabilities.SupportsDisplayName && capabilities.SupportsTemplates && capabilities.SupportsLocking && capabilities.SupportsAutomaticRecording);
        Assert.False(capabilities.SupportsMetadata);
        Assert.Equal(300, capabilities.MaxPageSize);
    }
}
