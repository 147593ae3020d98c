using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Daily.Models;
using RoomClients.Testing.Daily;
using static RoomClients.Daily.Tests.DailyJson;

namespace RoomClients.Daily.Tests;

/// <summary>Participant links: the room is checked (<c>GET /rooms/{name}</c>), then a meeting token is signed for it; the link is the room URL with <c>?t=</c>.</summary>
public sealed class DailyParticipantLinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero); // 1795348800
    private const long NowUnix = 1795348800;

    private static DailyTestHost Host(Action<DailyOptions>? configure = null) =>
        new(configure, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    private static DailyTestHost RoomHost(string config = """{"exp":1795435200}""", Action<DailyOptions>? configure = null)
    {
        var host = Host(configure);
        host.Answer("GET", "/v1/rooms/consult-1", 200, Room(config: config));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());
        return host;
    }

    [Fact]
    public async Task A_named_guest_link_is_a_non_owner_token_with_the_name_the_application_id_and_the_expiry_asked()
    {
        await using var host = RoomHost();
        var link = await host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest
        {
            DisplayName = "Ada Lovelace",
            ExternalParticipantId = "patient-42",
            Email = "ada@example.test", // Daily has no use for it: not sent
            ExpiresAt = Now.AddHours(2).AddMilliseconds(700),
        }, TestContext.Current.CancellationToken);

        Assert.Equal(["GET /v1/rooms/consult-1", "POST /v1/meeting-tokens"], host.Requests.Select(r => $"{r.RequestMessage!.Method} {r.RequestMessage.Path}"));
        Equal($$$"""{"properties":{"room_name":"consult-1","exp":{{{NowUnix + 7200}}},"user_name":"Ada Lovelace","user_id":"patient-42"}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.All(host.Requests, r => Assert.Equal($"Bearer {DailyTestHost.ApiKey}", r.RequestMessage!.Headers!["Authorization"].Single()));

        Assert.Equal(new Uri($"https://acme.daily.co/consult-1?t={Token}"), link.Url);
        Assert.Equal(RoomParticipantRole.Guest, link.Role);
        Assert.Equal("consult-1", link.RoomId);
        Assert.Equal("daily", link.Provider);
        Assert.Equal(Now.AddHours(2), link.ExpiresAt); // whole seconds, rounded down: never later than asked
        Assert.Equal("Ada Lovelace", link.DisplayName);
        Assert.Equal("patient-42", link.ExternalParticipantId);
        Assert.IsType<MeetingToken>(link.RawRepresentation);
        Assert.DoesNotContain(Token, link.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_link_is_an_owner_token_that_starts_the_cloud_recording_of_a_recorded_room()
    {
        await using var host = RoomHost($$$"""{"exp":{{{NowUnix + 3600}}},"enable_recording":"cloud"}""");
        var link = await host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Smith" }, TestContext.Current.CancellationToken);

        Equal($$$"""{"properties":{"room_name":"consult-1","exp":{{{NowUnix + 3600}}},"is_owner":true,"user_name":"Dr. Smith","start_cloud_recording":true}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.Equal(RoomParticipantRole.Host, link.Role);
        Assert.Equal(Now.AddHours(1), link.ExpiresAt); // the room's end, as nothing was asked
    }

    [Fact]
    public async Task A_viewer_link_is_a_token_that_may_send_nothing()
    {
        await using var host = RoomHost();
        var link = await host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer }, TestContext.Current.CancellationToken);

        Equal($$$$"""{"properties":{"room_name":"consult-1","exp":{{{{NowUnix + 86400}}}},"permissions":{"canSend":false}}}""", Body(host.Request("POST", "/v1/meeting-tokens")));
        Assert.Equal(RoomParticipantRole.Viewer, link.Role);
        Assert.Null(link.DisplayName);
        Assert.Null(link.ExternalParticipantId);
    }

    [Theory]
    [InlineData(RoomParticipantRole.Guest, 30, 30)]     // asked, before the room's end: as asked
    [InlineData(RoomParticipantRole.Guest, 72, 48)]     // asked, after the room's end: the room's end
    [InlineData(RoomParticipantRole.Host, 30, 24)]      // a host link lives at most MaxHostLinkLifetime (24 h here)
    [InlineData(RoomParticipantRole.Viewer, null, 24)] // nothing asked: MaxHostLinkLifetime, as the room ends later
    public async Task The_token_expires_at_the_earliest_of_the_time_asked_the_rooms_end_and_the_host_link_limit(RoomParticipantRole role, int? askedHours, int expectedHours)
    {
        await using var host = RoomHost($$$"""{"exp":{{{NowUnix + (48 * 3600)}}}}""", o => o.MaxHostLinkLifetime = TimeSpan.FromHours(24));
        var link = await host.Rooms.CreateParticipantLinkAsync(
            "consult-1", new ParticipantLinkRequest { Role = role, ExpiresAt = askedHours is { } h ? Now.AddHours(h) : null }, TestContext.Current.CancellationToken);

        Assert.Equal(NowUnix + (expectedHours * 3600), Body(host.Request("POST", "/v1/meeting-tokens"))["properties"]!["exp"]!.GetValue<long>());
        Assert.Equal(Now.AddHours(expectedHours), link.ExpiresAt);
    }

    [Fact]
    public async Task A_permanent_rooms_links_expire_after_the_host_link_limit_when_nothing_is_asked()
    {
        await using var host = RoomHost("{}");
        var link = await host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest(), TestContext.Current.CancellationToken);
        Assert.Equal(Now.AddDays(7), link.ExpiresAt); // DailyOptions.MaxHostLinkLifetime's default: a token always has an exp
    }

    [Fact]
    public async Task A_missing_room_is_not_found_and_no_token_is_signed()
    {
        await using var host = Host();
        host.Answer("GET", "/v1/rooms/gone", 404, """{"error":"not-found","info":"room gone was not found"}""");
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync("gone", new ParticipantLinkRequest(), TestContext.Current.CancellationToken));
        Assert.Equal("daily", error.Provider);
        Assert.Equal("not-found", error.ErrorCode);
        Assert.DoesNotContain(host.Requests, r => r.RequestMessage!.Path == "/v1/meeting-tokens");
    }

    [Fact]
    public async Task A_refused_key_is_an_authentication_error_without_the_key()
    {
        await using var host = Host();
        host.Answer("GET", "/v1/rooms/consult-1", 401, """{"error":"authentication-error","info":"Invalid API key"}""");
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest(), TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain(DailyTestHost.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_answer_that_is_not_a_jwt_is_refused()
    {
        await using var host = Host();
        host.Answer("GET", "/v1/rooms/consult-1", 200, Room());
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer("not a token&x=1"));
        await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_expired_room_makes_no_link()
    {
        await using var host = RoomHost($$$"""{"exp":{{{NowUnix - 60}}}}""");
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest(), TestContext.Current.CancellationToken));
        Assert.DoesNotContain(host.Requests, r => r.RequestMessage!.Path == "/v1/meeting-tokens");
    }

    [Fact]
    public async Task Against_the_simulator_each_link_carries_a_signed_token_for_that_room_only_with_what_was_asked()
    {
        var time = new FakeTimeProvider(Now);
        using var simulator = new DailySimulator(timeProvider: time);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time);
        services.AddRoomClients().AddDaily(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; });
        await using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();
        var ct = TestContext.Current.CancellationToken;
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = Now.AddHours(3), Locked = true }, ct);

        var guest = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { DisplayName = "Ada", ExternalParticipantId = "patient-42", ExpiresAt = Now.AddHours(1) }, ct);
        var viewer = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer }, ct);

        var claims = simulator.ReadToken(TokenOf(guest.Url))!;
        Assert.Equal(room.Id, claims["room_name"]!.GetValue<string>());
        Assert.Equal("Ada", claims["user_name"]!.GetValue<string>());
        Assert.Equal("patient-42", claims["user_id"]!.GetValue<string>());
        Assert.Equal(Now.AddHours(1).ToUnixTimeSeconds(), claims["exp"]!.GetValue<long>());
        Assert.Null(claims["is_owner"]);
        Assert.False(simulator.ReadToken(TokenOf(viewer.Url))!["permissions"]!["canSend"]!.GetValue<bool>());
        Assert.Equal(Now.AddHours(3), viewer.ExpiresAt);

        await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.CreateParticipantLinkAsync("no-such-room", new ParticipantLinkRequest(), ct));
    }

    [Fact]
    public async Task The_simulator_refuses_a_user_id_longer_than_daily_allows_and_mistyped_token_properties()
    {
        using var simulator = new DailySimulator();
        var services = new ServiceCollection();
        services.AddRoomClients().AddDaily(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; });
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IDailyApi>();
        var ct = TestContext.Current.CancellationToken;

        var tooLong = await Assert.ThrowsAsync<RoomValidationException>(() => api.CreateMeetingTokenAsync(
            new MeetingTokenRequest { Properties = new MeetingTokenProperties { RoomName = "consult-1", UserId = new string('u', 37) } }, ct));
        Assert.Equal("invalid-request-error", tooLong.ErrorCode);
        var mistyped = await Assert.ThrowsAsync<RoomValidationException>(() => api.CreateMeetingTokenAsync(
            new MeetingTokenRequest { Properties = new MeetingTokenProperties { RoomName = "consult-1", Permissions = System.Text.Json.JsonDocument.Parse("true").RootElement } }, ct));
        Assert.Equal("invalid-request-error", mistyped.ErrorCode);
        Assert.NotNull((await api.CreateMeetingTokenAsync(new MeetingTokenRequest { Properties = new MeetingTokenProperties { RoomName = "consult-1", UserId = new string('u', 36) } }, ct)).Token);
    }

    [Fact]
    public void A_participant_event_names_the_application_id_the_token_carried_and_no_id_when_daily_filled_in_the_session()
    {
        static RoomClients.Webhooks.RoomEvent Parse(string payload) => DailyWebhookParser.ParseEvent(Encoding.UTF8.GetBytes(
            $$"""{"version":"1.0.0","type":"participant.joined","id":"evt-1","payload":{{payload}},"event_ts":1795348790.5}"""));

        var named = Parse("""{"room":"consult-1","user_id":"patient-42","user_name":"Ada","session_id":"0c0d2dda-f21d-4cf9-ab56-86bf3c407ffa","joined_at":1795348780.672,"owner":false}""");
        Assert.Equal("patient-42", named.ExternalParticipantId);
        Assert.Equal("0c0d2dda-f21d-4cf9-ab56-86bf3c407ffa", named.ParticipantId);

        var anonymous = Parse("""{"room":"consult-1","user_id":"0c0d2dda-f21d-4cf9-ab56-86bf3c407ffa","session_id":"0c0d2dda-f21d-4cf9-ab56-86bf3c407ffa","joined_at":1795348780.672}""");
        Assert.Null(anonymous.ExternalParticipantId);

        var recording = DailyWebhookParser.ParseEvent(Encoding.UTF8.GetBytes(
            """{"version":"1.0.0","type":"recording.started","id":"evt-2","payload":{"recording_id":"rec-1","room_name":"consult-1","user_id":"patient-42"},"event_ts":1795348790.5}"""));
        Assert.Null(recording.ExternalParticipantId); // only participant events name a participant
    }

    private static string TokenOf(Uri link) => System.Web.HttpUtility.ParseQueryString(link.Query)["t"]!;
}
