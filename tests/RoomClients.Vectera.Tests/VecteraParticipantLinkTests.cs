using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Testing.Vectera;
using RoomClients.Vectera.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vectera.Tests;

/// <summary>Participant links as meeting-room permissions: the requests, the link built from the access key, and what is refused.</summary>
public sealed class VecteraParticipantLinkTests
{
    private const string RoomJson = """{"id":"r-1","key":"meeting-room-1","url":"https://www.vectera.com/meeting-room-1","ownerId":"u-1","dateCreated":"2026-01-02T03:04:05Z"}""";
    private const string AccessKey = "abcdefghijklmnopqrstuvwxyzabcd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string PermissionJson(string level, string? url = null) =>
        $$"""{"id":"p-1","meetingRoomId":"r-1","accessLevel":"{{level}}","accessKey":"{{AccessKey}}"{{(url is null ? string.Empty : $",\"url\":\"{url}\"")}}}""";

    private static VecteraTestHost Host(int roomStatus = 200, string roomBody = RoomJson, int permissionStatus = 201, string? permissionBody = null, string level = "can_always_join")
    {
        var host = new VecteraTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath("/api/v2/meetingRooms/r-1"))
            .RespondWith(Response.Create().WithStatusCode(roomStatus).WithHeader("Content-Type", "application/json").WithBody(roomBody));
        host.Server.Given(Request.Create().UsingPost().WithPath("/api/v2/permissions"))
            .RespondWith(Response.Create().WithStatusCode(permissionStatus).WithHeader("Content-Type", "application/json").WithBody(permissionBody ?? PermissionJson(level)));
        return host;
    }

    [Theory]
    [InlineData(RoomParticipantRole.Guest, "can_always_join")]
    [InlineData(RoomParticipantRole.Host, "is_host")]
    public async Task A_link_reads_the_room_then_creates_a_permission_with_the_role_s_access_level(RoomParticipantRole role, string level)
    {
        await using var host = Host(level: level);

        var link = await host.Rooms.CreateParticipantLinkAsync("r-1", new ParticipantLinkRequest { Role = role, Email = "patient@example.test" }, Ct);

        var requests = host.Requests.Select(r => r.RequestMessage!).ToList();
        Assert.Equal(["GET /api/v2/meetingRooms/r-1", "POST /api/v2/permissions"], requests.Select(r => $"{r.Method} {r.AbsolutePath}"));
        Assert.All(requests, r => Assert.Equal($"Token {VecteraTestHost.ApiToken}", r.Headers!["Authorization"].Single()));
        var body = JsonNode.Parse(requests[1].Body!)!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($$"""{"meetingRoomId":"r-1","accessLevel":"{{level}}"}"""), body), body.ToJsonString()); // no e-mail: no invitation is sent

        Assert.Equal(new Uri($"https://www.vectera.com/meeting-room-1?accessKey={AccessKey}"), link.Url);
        Assert.Equal(role, link.Role);
        Assert.Equal("r-1", link.RoomId);
        Assert.Equal(RoomProviders.Vectera, link.Provider);
        Assert.Null(link.ExpiresAt);
        Assert.Null(link.DisplayName);
        Assert.Null(link.ExternalParticipantId);
        Assert.Equal(level, Assert.IsType<MeetingRoomAccessKey>(link.RawRepresentation).AccessLevel);
    }

    [Fact]
    public async Task The_permission_s_own_url_is_used_when_vectera_sends_one()
    {
        await using var host = Host(permissionBody: PermissionJson("is_host", "https://www.vectera.com/meeting-room-1?k=abc"));
        var link = await host.Rooms.CreateParticipantLinkAsync("r-1", new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, Ct);
        Assert.Equal(new Uri("https://www.vectera.com/meeting-room-1?k=abc"), link.Url);
    }

    [Fact]
    public async Task An_answer_without_an_access_key_is_a_typed_error()
    {
        await using var host = Host(permissionBody: """{"id":"p-1","meetingRoomId":"r-1","accessLevel":"is_host"}""");
        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.CreateParticipantLinkAsync("r-1", new ParticipantLinkRequest(), Ct));
        Assert.Contains("accessKey", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, ParticipantLinkRequest> Unsupported => new()
    {
        { "ParticipantLinkRequest.Role = Viewer", new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer } },
        { "ParticipantLinkRequest.DisplayName", new ParticipantLinkRequest { DisplayName = "Ada" } },
        { "ParticipantLinkRequest.ExternalParticipantId", new ParticipantLinkRequest { ExternalParticipantId = "patient-42" } },
        { "ParticipantLinkRequest.ExpiresAt", new ParticipantLinkRequest { ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) } },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task What_a_permission_cannot_carry_is_refused_before_sending(string feature, ParticipantLinkRequest request)
    {
        await using var host = Host();
        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync("r-1", request, Ct));
        Assert.Equal(feature, error.Feature);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Capabilities_say_guest_and_host_links_and_no_recordings()
    {
        await using var host = Host();
        var capabilities = host.Rooms.Capabilities;
        Assert.Equal([RoomParticipantRole.Guest, RoomParticipantRole.Host], capabilities.ParticipantRoles);
        Assert.False(capabilities.SupportsParticipantNames || capabilities.SupportsExternalParticipantIds || capabilities.SupportsParticipantLinkExpiry || capabilities.RequiresParticipantEmail);
        Assert.False(capabilities.SupportsRecordings || capabilities.CanDeleteRecordings);
        Assert.NotNull(host.Rooms.GetService<IRoomParticipantLinks>());
        Assert.Null(host.Rooms.GetService<IRoomRecordings>());
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.GetRecordingLinkAsync("r-1", "rec-1", Ct));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_missing_room_is_not_found_and_no_permission_is_created()
    {
        await using var host = Host(roomStatus: 404, roomBody: """{"detail":"Not found."}""");
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync("r-1", new ParticipantLinkRequest(), Ct));
        Assert.Equal(RoomProviders.Vectera, error.Provider);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task A_refused_permission_is_a_validation_error_with_vectera_s_field_messages()
    {
        await using var host = Host(permissionStatus: 400, permissionBody: """{"meetingRoomId":["Invalid pk \"r-1\" - object does not exist."]}""");
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateParticipantLinkAsync("r-1", new ParticipantLinkRequest(), Ct));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("meetingRoomId: Invalid pk \"r-1\" - object does not exist.", error.ProviderMessage);
    }

    [Fact]
    public async Task A_refused_token_is_an_authentication_error_that_does_not_show_the_token()
    {
        await using var host = Host(roomStatus: 401, roomBody: """{"detail":"Invalid token."}""");
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.CreateParticipantLinkAsync("r-1", new ParticipantLinkRequest(), Ct));
        Assert.DoesNotContain(VecteraTestHost.ApiToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Against_the_simulator_each_link_is_its_own_access_key()
    {
        await using var v = new SimulatedVectera();
        var room = await v.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);

        var guest = await v.Rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest(), Ct);
        var host = await v.Rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, Ct);

        Assert.Equal(2, v.Simulator.PermissionCount);
        Assert.NotEqual(guest.Url, host.Url);
        Assert.All(new[] { guest.Url, host.Url }, url => Assert.StartsWith(room.JoinUrl + "?accessKey=", url.AbsoluteUri, StringComparison.Ordinal));
        Assert.Equal("is_host", ((MeetingRoomAccessKey)host.RawRepresentation!).AccessLevel);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => v.Rooms.CreateParticipantLinkAsync("no-such-room", new ParticipantLinkRequest(), Ct));
        Assert.Equal(2, v.Simulator.PermissionCount);
    }

    [Fact]
    public async Task The_simulator_dates_what_it_creates_by_its_clock()
    {
        var now = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        using var simulator = new VecteraSimulator(timeProvider: new FakeTimeProvider(now));
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddVectera(o => { o.ApiToken = simulator.ApiToken; o.BaseAddress = simulator.BaseAddress; }));
        await using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();

        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);
        Assert.Equal(now, room.CreatedAt);
        Assert.Equal(1, simulator.RoomCount);
        Assert.Null(simulator.AddRecording(room.Id)); // Vectera keeps no recordings
    }
}
