using System.Net;
using RoomClients.Testing;
using RoomClients.Vonage.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vonage.Tests;

/// <summary>
/// Participant links: a Vonage room has one guest URL and one host URL, so a link is the room's (<c>GET /rooms/{id}</c>)
/// for the role asked; names, application ids, expiries and viewers are refused before anything is sent, and recordings
/// (listed by session only) are not offered through the neutral interface.
/// </summary>
public sealed class VonageParticipantLinkTests
{
    private const string RoomId = "9f6fe8ae-3458-4a72-b532-8276d5533e97";
    private const string GuestUrl = "https://meetings.vonage.com/280674154";
    private const string HostUrl = "https://meetings.vonage.com/?room_token=280674154&participant_token=eyJhbGciOiJIUzI1NiJ9.e30.c2ln";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string RoomJson(string type = "instant", string expiresAt = "2026-01-01T10:10:00.000Z", bool hostUrl = true)
    {
        var links = hostUrl
            ? "{\"guest_url\":{\"href\":\"" + GuestUrl + "\"},\"host_url\":{\"href\":\"" + HostUrl + "\"}}"
            : "{\"guest_url\":{\"href\":\"" + GuestUrl + "\"}}";
        return $$$"""{"id":"{{{RoomId}}}","display_name":"Consult","type":"{{{type}}}","meeting_code":"280674154","is_available":true,"created_at":"2026-01-01T10:00:00.000Z","expires_at":"{{{expiresAt}}}","_links":{{{links}}}}""";
    }

    private static VonageTestHost Answering(int status, string body)
    {
        var host = new VonageTestHost();
        host.Server.Given(Request.Create().UsingGet().WithPath($"/v1/meetings/rooms/{RoomId}"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        return host;
    }

    [Theory]
    [InlineData(RoomParticipantRole.Guest, GuestUrl)]
    [InlineData(RoomParticipantRole.Host, HostUrl)]
    public async Task A_link_is_the_rooms_url_for_the_role_asked_fetched_with_one_authenticated_get(RoomParticipantRole role, string expected)
    {
        await using var host = Answering(200, RoomJson());
        var link = await host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { Role = role, Email = "ignored@example.test" }, Ct);

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal(("GET", $"/v1/meetings/rooms/{RoomId}"), (request.Method, request.Path));
        Assert.Null(request.Body);
        host.ValidateBearer(request.Headers!["Authorization"].Single());

        Assert.Equal(new Uri(expected), link.Url);
        Assert.Equal(role, link.Role);
        Assert.Equal(RoomId, link.RoomId);
        Assert.Equal("vonage", link.Provider);
        Assert.Null(link.ExpiresAt); // an instant room has no fixed end: it lives while used
        Assert.Null(link.DisplayName);
        Assert.Null(link.ExternalParticipantId);
        Assert.IsType<VonageRoom>(link.RawRepresentation);
    }

    [Fact]
    public async Task A_long_term_rooms_links_expire_with_the_room()
    {
        await using var host = Answering(200, RoomJson("long_term", "2026-03-01T09:00:00.000Z"));
        var link = await host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, Ct);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), link.ExpiresAt);
    }

    [Fact]
    public async Task A_room_without_a_host_url_makes_no_host_link_but_still_a_guest_link()
    {
        await using var host = Answering(200, RoomJson(hostUrl: false));
        await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, Ct));
        Assert.Equal(new Uri(GuestUrl), (await host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest(), Ct)).Url);
    }

    [Fact]
    public async Task A_missing_room_is_not_found_and_a_refused_token_an_authentication_error()
    {
        await using (var host = Answering(404, $$"""{"message":"Failed to fetch resource with id {{RoomId}}","name":"NotFoundError","status":404}"""))
        {
            var missing = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest(), Ct));
            Assert.Equal(("vonage", "NotFoundError"), (missing.Provider, missing.ErrorCode));
        }

        await using (var host = Answering(401, """{"title":"Invalid Token","detail":"The signature does not verify"}"""))
        {
            var denied = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest(), Ct));
            Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
            var keyLine = host.Key.ExportPkcs8PrivateKeyPem().Split('\n')[1];
            Assert.DoesNotContain(keyLine, denied.ToString(), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, ParticipantLinkRequest> Unsupported => new()
    {
        { "ParticipantLinkRequest.Role = Viewer", new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer } },
        { "ParticipantLinkRequest.DisplayName", new ParticipantLinkRequest { DisplayName = "Ada" } },
        { "ParticipantLinkRequest.ExternalParticipantId", new ParticipantLinkRequest { ExternalParticipantId = "patient-42" } },
        { "ParticipantLinkRequest.ExpiresAt", new ParticipantLinkRequest { Role = RoomParticipantRole.Host, ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) } },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task What_a_vonage_link_cannot_carry_is_refused_before_anything_is_sent(string feature, ParticipantLinkRequest request)
    {
        await using var host = Answering(200, RoomJson());
        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync(RoomId, request, Ct));
        Assert.Equal(feature, error.Feature);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Capabilities_declare_guest_and_host_links_only_and_no_room_recordings()
    {
        await using var host = new VonageTestHost();
        var capabilities = host.Rooms.Capabilities;
        Assert.Equal([RoomParticipantRole.Guest, RoomParticipantRole.Host], capabilities.ParticipantRoles);
        Assert.False(capabilities.SupportsParticipantNames || capabilities.SupportsExternalParticipantIds || capabilities.SupportsParticipantLinkExpiry || capabilities.RequiresParticipantEmail);
        Assert.False(capabilities.SupportsRecordings || capabilities.CanDeleteRecordings);
        Assert.NotNull(host.Rooms.GetService<IRoomParticipantLinks>());
        Assert.Null(host.Rooms.GetService<IRoomRecordings>());
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.GetRecordingLinkAsync(RoomId, "rec-1", Ct));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Against_the_simulator_the_links_are_the_rooms_and_a_missing_room_is_not_found()
    {
        await using var host = new VonageSimulatorHost();
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Consult" }, Ct);
        var guest = await host.Rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest(), Ct);
        var moderator = await host.Rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, Ct);
        Assert.Equal(room.JoinUrl, guest.Url);
        Assert.Equal(room.HostUrl, moderator.Url);
        Assert.NotEqual(guest.Url, moderator.Url);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync(Guid.NewGuid().ToString(), new ParticipantLinkRequest(), Ct));

        // The simulator keeps recordings by session, as Vonage does; the neutral seeding has none to give.
        Assert.Null(((ProviderSimulator)host.Simulator).AddRecording(room.Id));
    }

    [Fact]
    public async Task The_simulator_runs_on_the_clock_it_is_given()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2031, 5, 4, 8, 0, 0, TimeSpan.Zero));
        await using var host = new VonageSimulatorHost(time: time);
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = time.GetUtcNow().AddDays(2) }, Ct);
        Assert.Equal(time.GetUtcNow(), room.CreatedAt);
        var link = await host.Rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, Ct);
        Assert.Equal(time.GetUtcNow().AddDays(2), link.ExpiresAt);

        var recording = host.Simulator.AddRecording("2_MX40session");
        Assert.Equal(time.GetUtcNow(), (await host.Api.GetRecordingAsync(recording, Ct)).EndedAt);

        time.Advance(TimeSpan.FromDays(1)); // the SDK's cached token has expired on the simulator's clock too: a fresh one is signed
        Assert.Equal(room.Id, (await host.Rooms.GetRoomAsync(room.Id, Ct)).Id);
    }
}
