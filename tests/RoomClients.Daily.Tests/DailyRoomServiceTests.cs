using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Daily.Models;
using static RoomClients.Daily.Tests.DailyJson;

namespace RoomClients.Daily.Tests;

/// <summary>The neutral adapter: what a neutral request becomes on the wire (room, then owner token), and what comes back.</summary>
public sealed class DailyRoomServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero); // 1795348800
    private const long NowUnix = 1795348800;

    private static DailyTestHost Host(Action<DailyOptions>? configure = null) =>
        new(configure, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    [Fact]
    public async Task Create_sends_exp_privacy_knocking_and_cloud_recording_then_an_owner_token_that_expires_with_the_room()
    {
        await using var host = Host();
        host.Answer("POST", "/v1/rooms", 200, Room(config: $$$"""{"exp":{{{NowUnix + 3600}}},"enable_knocking":true,"enable_recording":"cloud"}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());

        var request = new CreateRoomRequest { EndsAt = Now.AddHours(1), Locked = true, RecordAutomatically = true };
        request.ProviderOptions.Add(new DailyRoomOptions { Name = "consult-1", HostUserName = "Dr. Smith", Properties = new DailyRoomProperties { MaxParticipants = 4 } });
        var room = await host.Rooms.CreateRoomAsync(request, TestContext.Current.CancellationToken);

        Equal($$$"""{"name":"consult-1","privacy":"private","properties":{"exp":{{{NowUnix + 3600}}},"max_participants":4,"enable_knocking":true,"enable_recording":"cloud"}}""", Body(host.Request("POST", "/v1/rooms")));
        Equal($$$"""{"properties":{"room_name":"consult-1","exp":{{{NowUnix + 3600}}},"is_owner":true,"user_name":"Dr. Smith","start_cloud_recording":true}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.All(host.Requests, r => Assert.Equal($"Bearer {DailyTestHost.ApiKey}", r.RequestMessage!.Headers!["Authorization"].Single()));
        Assert.All(host.Requests, r => Assert.StartsWith("application/json", r.RequestMessage!.Headers!["Content-Type"].Single(), StringComparison.Ordinal));

        Assert.Equal("consult-1", room.Id);
        Assert.Equal("daily", room.Provider);
        Assert.Equal(RoomKind.Instant, room.Kind);
        Assert.Equal(new Uri("https://acme.daily.co/consult-1"), room.JoinUrl);
        Assert.Equal(new Uri($"https://acme.daily.co/consult-1?t={Token}"), room.HostUrl);
        Assert.Equal(Now.AddHours(1), room.EndsAt);
        Assert.Equal(Now, room.CreatedAt);
        Assert.Equal(Now, room.StartsAt);
        Assert.Equal("5e3cf703-5547-47d6-a371-37b1f0b4427f", room.Metadata["id"]);
        Assert.Equal("private", room.Metadata["privacy"]);
        Assert.Equal("2026-11-22T13:00:00.0000000+00:00", room.Metadata["hostUrlExpiresAt"]);
        Assert.IsType<DailyRoom>(room.RawRepresentation);
        Assert.Equal(4, request.GetProviderOptions<DailyRoomOptions>()!.Properties!.MaxParticipants); // the caller's object is copied, not changed
        Assert.Null(request.GetProviderOptions<DailyRoomOptions>()!.Properties!.Expires);
    }

    [Fact]
    public async Task An_end_between_two_seconds_is_rounded_up_so_the_room_lives_at_least_as_asked()
    {
        await using var host = Host();
        host.Answer("POST", "/v1/rooms", 200, Room(config: $$$"""{"exp":{{{NowUnix + 3601}}}}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = Now.AddHours(1).AddMilliseconds(250) }, TestContext.Current.CancellationToken);
        Equal($$$"""{"properties":{"exp":{{{NowUnix + 3601}}}}}""", Body(host.Request("POST", "/v1/rooms")));
        Assert.Equal(Now.AddSeconds(3601), room.EndsAt);
    }

    [Fact]
    public async Task The_minimal_request_creates_an_instant_room_with_the_default_lifetime()
    {
        await using var host = Host(o => o.DefaultRoomLifetime = TimeSpan.FromMinutes(45));
        host.Answer("POST", "/v1/rooms", 200, Room(config: $$$"""{"exp":{{{NowUnix + 2700}}}}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);

        Equal($$$"""{"properties":{"exp":{{{NowUnix + 2700}}}}}""", Body(host.Request("POST", "/v1/rooms")));
        Equal($$$"""{"properties":{"room_name":"consult-1","exp":{{{NowUnix + 2700}}},"is_owner":true}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.Equal(RoomKind.Instant, room.Kind);
        Assert.NotNull(room.HostUrl);
    }

    [Fact]
    public async Task A_scheduled_room_gets_nbf_and_an_end_after_the_default_lifetime()
    {
        await using var host = Host();
        var start = Now.AddDays(1);
        host.Answer("POST", "/v1/rooms", 200, Room(config: $$$"""{"nbf":{{{NowUnix + 86400}}},"exp":{{{NowUnix + 86400 + 3600}}}}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { StartsAt = start }, TestContext.Current.CancellationToken); // Kind unset: a start makes it scheduled

        Equal($$$"""{"properties":{"nbf":{{{NowUnix + 86400}}},"exp":{{{NowUnix + 90000}}}}}""", Body(host.Request("POST", "/v1/rooms")));
        Assert.Equal(RoomKind.Scheduled, room.Kind);
        Assert.Equal(start, room.StartsAt);
        Assert.Equal(start.AddHours(1), room.EndsAt);
    }

    [Fact]
    public async Task A_permanent_room_has_no_exp_and_its_host_link_lives_the_configured_maximum()
    {
        await using var host = Host(o => o.MaxHostLinkLifetime = TimeSpan.FromDays(2));
        host.Answer("POST", "/v1/rooms", 200, Room(config: "{}"));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());

        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, TestContext.Current.CancellationToken);

        Equal("""{"properties":{}}""", Body(host.Request("POST", "/v1/rooms")));
        Equal($$$"""{"properties":{"room_name":"consult-1","exp":{{{NowUnix + (2 * 86400)}}},"is_owner":true}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.Equal(RoomKind.Permanent, room.Kind);
        Assert.Null(room.EndsAt);
    }

    [Fact]
    public async Task A_long_room_gets_a_host_link_capped_at_the_maximum_lifetime_and_get_mints_a_fresh_one()
    {
        await using var host = Host(o => o.MaxHostLinkLifetime = TimeSpan.FromHours(6));
        host.Answer("GET", "/v1/rooms/consult-1", 200, Room(config: $$$"""{"exp":{{{NowUnix + (30 * 86400)}}}}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());

        var room = await host.Rooms.GetRoomAsync("consult-1", TestContext.Current.CancellationToken);

        Equal($$$"""{"properties":{"room_name":"consult-1","exp":{{{NowUnix + (6 * 3600)}}},"is_owner":true}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.Equal(new Uri($"https://acme.daily.co/consult-1?t={Token}"), room.HostUrl);
        Assert.Equal(Now.AddHours(6).ToString("O", System.Globalization.CultureInfo.InvariantCulture), room.Metadata["hostUrlExpiresAt"]);
        Assert.Equal(Now.AddDays(30), room.EndsAt);
    }

    public static TheoryData<string, Func<CreateRoomRequest>> Unsupported => new()
    {
        { "CreateRoomRequest.DisplayName", () => new CreateRoomRequest { DisplayName = "Consultation" } },
        { "CreateRoomRequest.TemplateId", () => new CreateRoomRequest { TemplateId = "t1" } },
        { "CreateRoomRequest.Metadata", () => { var r = new CreateRoomRequest(); r.Metadata["patient"] = "42"; return r; } },
        { "CreateRoomRequest.EndsAt", () => new CreateRoomRequest { Kind = RoomKind.Permanent, EndsAt = Now.AddHours(1) } },
        { "CreateRoomRequest.StartsAt", () => new CreateRoomRequest { Kind = RoomKind.Instant, StartsAt = Now.AddHours(1) } },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task Settings_daily_cannot_honour_are_refused_before_sending(string feature, Func<CreateRoomRequest> request)
    {
        await using var host = Host();
        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateRoomAsync(request(), TestContext.Current.CancellationToken));
        Assert.Equal(feature, error.Feature);
        Assert.Empty(host.Requests);
    }

    private static CreateRoomRequest With(DailyRoomOptions options, Action<CreateRoomRequest>? configure = null)
    {
        var request = new CreateRoomRequest();
        configure?.Invoke(request);
        request.ProviderOptions.Add(options);
        return request;
    }

    public static TheoryData<string, Func<CreateRoomRequest>> Invalid => new()
    {
        { "EndsAt", () => new CreateRoomRequest { EndsAt = Now.AddMinutes(-1) } },
        { "EndsAt", () => new CreateRoomRequest { StartsAt = Now.AddHours(2), EndsAt = Now.AddHours(1) } },
        { "StartsAt", () => new CreateRoomRequest { Kind = RoomKind.Scheduled } },
        { "StartsAt", () => new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = Now.AddHours(-1) } },
        { "DailyRoomOptions.Name", () => With(new DailyRoomOptions { Name = "../admin" }) },
        { "DailyRoomOptions.Name", () => With(new DailyRoomOptions { Name = new string('a', 129) }) },
        { "DailyRoomOptions.Name", () => With(new DailyRoomOptions { Name = "room\r\nX-Injected: 1" }) },
        { "DailyRoomOptions.Privacy", () => With(new DailyRoomOptions { Privacy = "secret" }) },
        { "Locked", () => With(new DailyRoomOptions { Privacy = "public" }, r => r.Locked = true) },
        { "Locked", () => With(new DailyRoomOptions { Properties = new DailyRoomProperties { EnableKnocking = false } }, r => r.Locked = true) },
        { "EndsAt", () => With(new DailyRoomOptions { Properties = new DailyRoomProperties { Expires = Now.AddHours(3) } }, r => r.EndsAt = Now.AddHours(2)) },
        { "RecordAutomatically", () => With(new DailyRoomOptions { Properties = new DailyRoomProperties { EnableRecording = "local" } }, r => r.RecordAutomatically = true) },
        { "RecordAutomatically", () => With(new DailyRoomOptions { Properties = new DailyRoomProperties { EnableRecording = "cloud" } }, r => r.RecordAutomatically = false) },
        { "DailyRoomOptions.Properties.Expires", () => With(new DailyRoomOptions { Properties = new DailyRoomProperties { Expires = Now.AddHours(3) } }, r => r.Kind = RoomKind.Permanent) },
        { "DailyRoomOptions.Properties.Expires", () => With(new DailyRoomOptions { Properties = new DailyRoomProperties { Expires = Now.AddMinutes(-5) } }) },
        { "DailyRoomOptions.Properties.NotBefore", () => With(new DailyRoomOptions { Properties = new DailyRoomProperties { NotBefore = DateTimeOffset.MinValue } }) },
        { "StartsAt", () => new CreateRoomRequest { StartsAt = DateTimeOffset.MinValue } },
        { "request", () => null! },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Invalid_input_is_refused_before_sending(string field, Func<CreateRoomRequest> request)
    {
        await using var host = Host();
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(request(), TestContext.Current.CancellationToken));
        Assert.Equal(field, error.Field);
        Assert.Null(error.StatusCode);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Extra_properties_that_cannot_be_sent_are_a_validation_error_not_a_raw_exception()
    {
        await using var host = Host();
        var request = With(new DailyRoomOptions { Properties = new DailyRoomProperties { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["broken"] = default } } });
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(request, TestContext.Current.CancellationToken));
        Assert.Contains("DailyRoomOptions.Properties", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Update_posts_the_changes_to_the_room_and_returns_it_with_a_fresh_host_link()
    {
        await using var host = Host();
        host.Answer("POST", "/v1/rooms/consult-1", 200, Room(config: $$$"""{"exp":{{{NowUnix + 18000}}},"enable_knocking":false}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());

        var room = await host.Rooms.UpdateRoomAsync("consult-1", new UpdateRoomRequest { EndsAt = Now.AddHours(5), Locked = false }, TestContext.Current.CancellationToken);

        Equal($$$"""{"privacy":"public","properties":{"exp":{{{NowUnix + 18000}}},"enable_knocking":false}}""", Body(host.Request("POST", "/v1/rooms/consult-1")));
        Equal($$$"""{"properties":{"room_name":"consult-1","exp":{{{NowUnix + 18000}}},"is_owner":true}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.Equal(Now.AddHours(5), room.EndsAt);
        Assert.NotNull(room.HostUrl);
    }

    [Fact]
    public async Task Updates_daily_cannot_do_are_refused_before_sending()
    {
        await using var host = Host();
        var ct = TestContext.Current.CancellationToken;
        var rename = new UpdateRoomRequest();
        rename.ProviderOptions.Add(new DailyRoomOptions { Name = "other" });
        Assert.Equal("DailyRoomOptions.Name", (await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("consult-1", rename, ct))).Feature);
        Assert.Equal("UpdateRoomRequest.RecordAutomatically = false", (await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("consult-1", new UpdateRoomRequest { RecordAutomatically = false }, ct))).Feature);
        Assert.Equal("UpdateRoomRequest.DisplayName", (await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("consult-1", new UpdateRoomRequest { DisplayName = "x" }, ct))).Feature);
        Assert.Equal("request", (await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync("consult-1", new UpdateRoomRequest(), ct))).Field);
        Assert.Equal("EndsAt", (await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync("consult-1", new UpdateRoomRequest { EndsAt = Now.AddHours(-1) }, ct))).Field);
        Assert.Equal("roomId", (await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync("..", new UpdateRoomRequest { Locked = true }, ct))).Field);
        Assert.Empty(host.Requests);
    }

    private static string Page(long total, params string[] ids) =>
        $$$"""{"total_count":{{{total}}},"data":[{{{string.Join(",", ids.Select(id => Room(name: "r-" + id, id: id)))}}}]}""";

    [Fact]
    public async Task Listing_follows_starting_after_lazily_and_stops_at_a_short_page()
    {
        await using var host = Host();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet().WithPath("/v1/rooms").WithParam("starting_after", "b"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Page(3, "c")));
        host.Answer("GET", "/v1/rooms", 200, Page(3, "a", "b"), priority: 10);

        var ids = new List<string>();
        await foreach (var room in host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, TestContext.Current.CancellationToken))
        {
            ids.Add(room.Id);
            Assert.Null(room.HostUrl); // no token per listed room: GetRoomAsync gives the host link
        }

        Assert.Equal(["r-a", "r-b", "r-c"], ids);
        Assert.Equal(["?limit=2", "?limit=2&starting_after=b"], host.Requests.Select(r => new Uri(r.RequestMessage!.AbsoluteUrl!).Query));
    }

    [Fact]
    public async Task Listing_stops_when_total_count_is_reached_and_asks_for_100_by_default()
    {
        await using var host = Host();
        host.Answer("GET", "/v1/rooms", 200, Page(2, "a", "b"));
        var count = 0;
        await foreach (var unused in host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, TestContext.Current.CancellationToken))
        {
            count++;
        }

        Assert.Equal(2, count);
        await foreach (var unused in host.Rooms.ListRoomsAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
        }

        Assert.Equal(["?limit=2", "?limit=100"], host.Requests.Select(r => new Uri(r.RequestMessage!.AbsoluteUrl!).Query));
    }

    public static TheoryData<string, string, string> BrokenServers => new()
    {
        // a server that ignores starting_after: the same full page every time
        { "ignores the cursor", Page(99, "a", "b"), Page(99, "a", "b") },
        // pages that cycle back to an earlier page
        { "cycles", Page(99, "a", "b"), Page(99, "c", "b") },
        // no total_count and a full page whose last room has no id
        { "no id to continue from", """{"data":[{"name":"r-a","url":"https://acme.daily.co/r-a"},{"name":"r-b","url":"https://acme.daily.co/r-b"}]}""", Page(99, "c") },
    };

    [Theory]
    [MemberData(nameof(BrokenServers))]
    public async Task Broken_paging_ends_in_a_typed_error_never_an_endless_listing(string what, string firstPage, string nextPages)
    {
        await using var host = Host();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet().WithPath("/v1/rooms").WithParam("starting_after"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(nextPages));
        host.Answer("GET", "/v1/rooms", 200, firstPage, priority: 10);

        var seen = 0;
        var error = await Assert.ThrowsAsync<RoomServiceException>(async () =>
        {
            await foreach (var unused in host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, TestContext.Current.CancellationToken))
            {
                seen++;
            }
        });

        Assert.Contains("paging is broken", error.Message, StringComparison.Ordinal);
        Assert.Equal("daily", error.Provider);
        Assert.InRange(host.Requests.Count, 1, 3);
        Assert.InRange(seen, 0, 4); // a page that cannot be continued fails before or after its rooms, never silently
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public async Task Delete_sends_delete_for_the_room_name()
    {
        await using var host = Host();
        host.Answer("DELETE", "/v1/rooms/consult-1", 200, """{"deleted":true,"name":"consult-1"}""");
        await host.Rooms.DeleteRoomAsync("consult-1", TestContext.Current.CancellationToken);
        Assert.Equal("DELETE", host.SingleRequest().RequestMessage!.Method);
    }

    public static TheoryData<string, string> HostileRooms => new()
    {
        { "javascript URL", Room(url: "javascript:alert(1)//{name}") },
        { "data URL", Room(url: "data:text/html,{name}") },
        { "file URL", Room(url: "file:///etc/{name}") },
        { "relative URL", Room(url: "/{name}") },
        { "name leaving its path segment", Room(name: "..") },
        { "name with a slash", Room(name: "a/b") },
        { "no name", """{"id":"x","url":"https://acme.daily.co/x"}""" },
    };

    [Theory]
    [MemberData(nameof(HostileRooms))]
    public async Task A_room_answer_with_a_hostile_url_or_name_is_refused(string what, string body)
    {
        await using var host = Host();
        host.Answer("GET", "/v1/rooms/consult-1", 200, body);
        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.GetRoomAsync("consult-1", TestContext.Current.CancellationToken));
        Assert.Equal("daily", error.Provider);
        Assert.DoesNotContain(host.Requests, r => r.RequestMessage!.Path == "/v1/meeting-tokens"); // nothing minted for a refused room
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Theory]
    [InlineData("abc&redirect=https://evil.example")]
    [InlineData("abc#fragment")]
    [InlineData("abc def")]
    [InlineData("")]
    public async Task A_meeting_token_that_is_not_a_jwt_is_refused_not_put_into_the_host_url(string token)
    {
        await using var host = Host();
        host.Answer("GET", "/v1/rooms/consult-1", 200, Room());
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer(token));
        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.GetRoomAsync("consult-1", TestContext.Current.CancellationToken));
        Assert.Equal("daily", error.Provider);
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task When_the_host_link_cannot_be_made_the_created_room_is_deleted_and_the_error_says_so()
    {
        await using var host = Host();
        host.Answer("POST", "/v1/rooms", 200, Room());
        host.Answer("POST", "/v1/meeting-tokens", 500, """{"error":"server-error","info":"token service down"}""");
        host.Answer("DELETE", "/v1/rooms/consult-1", 200, """{"deleted":true,"name":"consult-1"}""");

        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken));

        Assert.Contains("room 'consult-1' was created but its host link could not be made", error.Message, StringComparison.Ordinal);
        Assert.Contains("the room was deleted again", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("server-error", error.ErrorCode);
        Assert.IsType<RoomProviderUnavailableException>(error.InnerException);
        Assert.Single(host.Requests, r => r.RequestMessage!.Method == "DELETE" && r.RequestMessage.Path == "/v1/rooms/consult-1");
        Assert.Single(host.Requests, r => r.RequestMessage!.Path == "/v1/meeting-tokens"); // a token POST is not retried after a 500
    }

    [Fact]
    public async Task Capabilities_describe_daily()
    {
        await using var host = Host();
        var capabilities = host.Rooms.Capabilities;
        Assert.Equal([RoomKind.Instant, RoomKind.Scheduled, RoomKind.Permanent], capabilities.SupportedKinds);
        Assert.True(capabilities.CanUpdate && capabilities.CanList && capabilities.CanDelete && capabilities.HasHostUrl);
        Assert.True(capabilities.SupportsLocking && capabilities.SupportsAutomaticRecording);
        Assert.False(capabilities.SupportsDisplayName || capabilities.SupportsMetadata || capabilities.SupportsTemplates);
        Assert.Equal(100, capabilities.MaxPageSize);
        Assert.Equal("daily", host.Rooms.Provider);
    }

    [Theory]
    [InlineData("https://acme.daily.co/consult-1", "https://acme.daily.co/consult-1?t=a.b.c")]
    [InlineData("https://acme.daily.co/consult-1?lang=de", "https://acme.daily.co/consult-1?lang=de&t=a.b.c")]
    [InlineData("https://acme.daily.co/consult-1#top", "https://acme.daily.co/consult-1?t=a.b.c#top")]
    [InlineData("https://acme.daily.co/consult-1?x=1#a?b", "https://acme.daily.co/consult-1?x=1&t=a.b.c#a?b")]
    [InlineData("https://acme.daily.co:8443/r%20oom/x?q=%26#f%23", "https://acme.daily.co:8443/r%20oom/x?q=%26&t=a.b.c#f%23")]
    [InlineData("https://ACME.daily.co/consult-1?", "https://acme.daily.co/consult-1?&t=a.b.c")]
    [InlineData("https://acme.daily.co/consult-1#", "https://acme.daily.co/consult-1?t=a.b.c#")]
    public void The_host_link_puts_the_token_into_the_query_before_the_fragment(string roomUrl, string expected)
    {
        var url = new Uri(roomUrl);
        var link = DailyRoomService.TokenLink(url, "a.b.c");

        Assert.Equal(expected, link);
        // The same text the link was built from before it became one string: the left part up to the query, the token, the fragment.
        Assert.Equal(url.GetLeftPart(UriPartial.Query) + (string.IsNullOrEmpty(url.Query) ? "?" : "&") + "t=a.b.c" + url.Fragment, link);
    }
}
