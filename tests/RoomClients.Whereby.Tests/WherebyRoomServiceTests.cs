using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Whereby.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Whereby.Tests;

/// <summary>The neutral adapter: what a neutral request becomes on the wire, and what comes back.</summary>
public sealed class WherebyRoomServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private const string MeetingJson = """{"meetingId":"52755922","roomName":"/demo-1a2b","roomUrl":"https://acme.whereby.com/demo-1a2b","startDate":"2026-11-22T12:00:00.000Z","endDate":"2026-11-22T13:00:00.000Z","hostRoomUrl":"https://acme.whereby.com/demo-1a2b?roomKey=abc","viewerRoomUrl":"https://acme.whereby.com/v-1"}""";

    private static WherebyTestHost Host(Action<WherebyOptions>? configure = null) =>
        new(configure, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    [Fact]
    public async Task Create_sends_end_date_lock_recording_and_host_url_field_and_maps_the_room()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingPost().WithPath("/v1/meetings"))
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(MeetingJson));

        var request = new CreateRoomRequest { EndsAt = Now.AddHours(1), Locked = true, RecordAutomatically = true };
        request.ProviderOptions.Add(new WherebyRoomOptions { RoomMode = WherebyRoomMode.Group, RoomNamePrefix = "demo", IncludeViewerUrl = true });
        var room = await host.Rooms.CreateRoomAsync(request, TestContext.Current.CancellationToken);

        var sent = JsonNode.Parse(host.SingleRequest().RequestMessage!.Body!)!;
        var expected = JsonNode.Parse("""{"endDate":"2026-11-22T13:00:00+00:00","isLocked":true,"roomMode":"group","roomNamePrefix":"demo","fields":["hostRoomUrl","viewerRoomUrl"],"recording":{"type":"cloud","destination":null,"startTrigger":"automatic"}}""");
        Assert.True(JsonNode.DeepEquals(expected, sent), sent.ToJsonString());

        Assert.Equal("52755922", room.Id);
        Assert.Equal("whereby", room.Provider);
        Assert.Equal(RoomKind.Instant, room.Kind);
        Assert.Equal(new Uri("https://acme.whereby.com/demo-1a2b"), room.JoinUrl);
        Assert.Equal(new Uri("https://acme.whereby.com/demo-1a2b?roomKey=abc"), room.HostUrl);
        Assert.Equal(Now, room.StartsAt);
        Assert.Equal(Now.AddHours(1), room.EndsAt);
        Assert.Equal("/demo-1a2b", room.Metadata["roomName"]);
        Assert.Equal("https://acme.whereby.com/v-1", room.Metadata["viewerRoomUrl"]);
        Assert.IsType<Meeting>(room.RawRepresentation);
    }

    [Fact]
    public async Task Create_without_an_end_uses_the_configured_default_lifetime()
    {
        await using var host = Host(o => o.DefaultRoomLifetime = TimeSpan.FromMinutes(45));
        host.Server.Given(Request.Create().UsingPost().WithPath("/v1/meetings"))
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(MeetingJson));

        await host.Rooms.CreateRoomAsync(new CreateRoomRequest(), TestContext.Current.CancellationToken);

        var sent = JsonNode.Parse(host.SingleRequest().RequestMessage!.Body!)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"endDate":"2026-11-22T12:45:00+00:00","fields":["hostRoomUrl"]}"""), sent), sent.ToJsonString());
    }

    public static TheoryData<string, Func<CreateRoomRequest>> Unsupported => new()
    {
        { "RoomKind.Permanent", () => new CreateRoomRequest { Kind = RoomKind.Permanent } },
        { "RoomKind.Scheduled", () => new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = Now.AddDays(1) } },
        { "CreateRoomRequest.StartsAt", () => new CreateRoomRequest { StartsAt = Now.AddDays(1) } },
        { "CreateRoomRequest.DisplayName", () => new CreateRoomRequest { DisplayName = "Consultation" } },
        { "CreateRoomRequest.TemplateId", () => new CreateRoomRequest { TemplateId = "t1" } },
        { "CreateRoomRequest.Metadata", () => { var r = new CreateRoomRequest(); r.Metadata["patient"] = "42"; return r; } },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task Settings_whereby_cannot_honour_are_refused_before_sending(string feature, Func<CreateRoomRequest> request)
    {
        await using var host = Host();
        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateRoomAsync(request(), TestContext.Current.CancellationToken));
        Assert.Equal(feature, error.Feature);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Invalid_input_is_refused_before_sending()
    {
        await using var host = Host();
        var ct = TestContext.Current.CancellationToken;
        var past = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = Now.AddMinutes(-1) }, ct));
        Assert.Equal("EndsAt", past.Field);
        var both = new CreateRoomRequest { RecordAutomatically = true };
        both.ProviderOptions.Add(new WherebyRoomOptions { Recording = new MeetingRecording() });
        Assert.Equal("RecordAutomatically", (await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(both, ct))).Field);
        var prefix = new CreateRoomRequest();
        prefix.ProviderOptions.Add(new WherebyRoomOptions { RoomNamePrefix = "Not Valid!" });
        Assert.Equal("WherebyRoomOptions.RoomNamePrefix", (await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(prefix, ct))).Field);
        Assert.Equal("request", (await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(null!, ct))).Field);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Update_is_not_supported_and_capabilities_say_so()
    {
        await using var host = Host();
        Assert.False(host.Rooms.Capabilities.CanUpdate);
        Assert.Equal([RoomKind.Instant], host.Rooms.Capabilities.SupportedKinds);
        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("m1", new UpdateRoomRequest { EndsAt = Now.AddHours(3) }, TestContext.Current.CancellationToken));
        Assert.Equal("UpdateRoom", error.Feature);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Listing_follows_the_cursor_lazily_and_asks_for_host_urls()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings").WithParam("cursor", "page2"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"results":[{{MeetingJson.Replace("52755922", "2", StringComparison.Ordinal)}}],"cursor":null}"""));
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings")).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""{"results":[{{MeetingJson}}],"cursor":"page2"}"""));

        var ids = new List<string>();
        await foreach (var room in host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 1 }, TestContext.Current.CancellationToken))
        {
            ids.Add(room.Id);
            Assert.NotNull(room.HostUrl);
        }

        Assert.Equal(["52755922", "2"], ids);
        var queries = host.Requests.Select(r => new Uri(r.RequestMessage!.AbsoluteUrl!).Query).ToList();
        Assert.Equal(["?limit=1&fields=hostRoomUrl", "?cursor=page2&limit=1&fields=hostRoomUrl"], queries);
    }

    [Fact]
    public async Task Delete_sends_delete_for_the_meeting()
    {
        await using var host = Host();
        host.Server.Given(Request.Create().UsingDelete().WithPath("/v1/meetings/52755922")).RespondWith(Response.Create().WithStatusCode(204));
        await host.Rooms.DeleteRoomAsync("52755922", TestContext.Current.CancellationToken);
        Assert.Equal("DELETE", host.SingleRequest().RequestMessage!.Method);
    }
}
