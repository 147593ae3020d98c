using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Whereby.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Whereby.Tests;

/// <summary>Participant links: the meeting read (exact request), the URL each role gets with its name and id, and the errors.</summary>
public sealed class WherebyParticipantLinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private const string MeetingJson = """{"meetingId":"52755922","roomName":"/demo-1a2b","roomUrl":"https://acme.whereby.com/demo-1a2b","startDate":"2026-11-22T12:00:00.000Z","endDate":"2026-11-22T13:00:00.000Z","hostRoomUrl":"https://acme.whereby.com/demo-1a2b?roomKey=abc","viewerRoomUrl":"https://acme.whereby.com/v-1"}""";

    private static WherebyTestHost Host() => new(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    private static void Meeting(WherebyTestHost host, int status = 200, string body = MeetingJson) =>
        host.Server.Given(Request.Create().UsingGet().WithPath("/v1/meetings/52755922"))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    public static TheoryData<RoomParticipantRole, string> Roles => new()
    {
        { RoomParticipantRole.Guest, "https://acme.whereby.com/demo-1a2b?displayName=Ada%20Lovelace&externalId=patient-42" },
        { RoomParticipantRole.Host, "https://acme.whereby.com/demo-1a2b?roomKey=abc&displayName=Ada%20Lovelace&externalId=patient-42" },
        { RoomParticipantRole.Viewer, "https://acme.whereby.com/v-1?displayName=Ada%20Lovelace&externalId=patient-42" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_gets_its_meeting_url_with_the_name_and_the_external_id(RoomParticipantRole role, string expected)
    {
        await using var host = Host();
        Meeting(host);

        var link = await host.Rooms.CreateParticipantLinkAsync(
            "52755922", new ParticipantLinkRequest { Role = role, DisplayName = "Ada Lovelace", ExternalParticipantId = "patient-42", Email = "ada@example.test" },
            TestContext.Current.CancellationToken);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal("GET", sent.Method);
        Assert.Equal("/v1/meetings/52755922", sent.Path);
        Assert.Equal("?fields=hostRoomUrl%2CviewerRoomUrl", new Uri(sent.AbsoluteUrl).Query);
        Assert.Equal($"Bearer {WherebyTestHost.ApiKey}", sent.Headers!["Authorization"].Single());

        Assert.Equal(expected, link.Url.AbsoluteUri);
        Assert.Equal(role, link.Role);
        Assert.Equal("52755922", link.RoomId);
        Assert.Equal("whereby", link.Provider);
        Assert.Equal("Ada Lovelace", link.DisplayName);
        Assert.Equal("patient-42", link.ExternalParticipantId);
        Assert.Equal(Now.AddHours(2), link.ExpiresAt); // endDate + 1 h, when Whereby deactivates the room
        Assert.IsType<Meeting>(link.RawRepresentation);
        Assert.DoesNotContain("ada@example.test", link.Url.ToString(), StringComparison.Ordinal); // Whereby has no use for an address
    }

    [Fact]
    public async Task A_plain_guest_link_is_the_room_url_itself()
    {
        await using var host = Host();
        Meeting(host);
        var link = await host.Rooms.CreateParticipantLinkAsync("52755922", new ParticipantLinkRequest(), TestContext.Current.CancellationToken);
        Assert.Equal(new Uri("https://acme.whereby.com/demo-1a2b"), link.Url);
        Assert.Null(link.DisplayName);
        Assert.Null(link.ExternalParticipantId);
    }

    [Fact]
    public async Task Names_are_escaped_so_they_cannot_add_parameters()
    {
        await using var host = Host();
        Meeting(host);
        var link = await host.Rooms.CreateParticipantLinkAsync(
            "52755922", new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Ada & co?roomKey=x#y" }, TestContext.Current.CancellationToken);
        Assert.Equal("?roomKey=abc&displayName=Dr.%20Ada%20%26%20co%3FroomKey%3Dx%23y", link.Url.Query);
        Assert.Empty(link.Url.Fragment);
    }

    [Fact]
    public async Task An_expiry_is_refused_before_sending_and_the_capabilities_say_so()
    {
        await using var host = Host();
        var capabilities = host.Rooms.Capabilities;
        Assert.Equal([RoomParticipantRole.Guest, RoomParticipantRole.Host, RoomParticipantRole.Viewer], capabilities.ParticipantRoles);
        Assert.True(capabilities.SupportsParticipantNames);
        Assert.True(capabilities.SupportsExternalParticipantIds);
        Assert.False(capabilities.SupportsParticipantLinkExpiry);
        Assert.False(capabilities.RequiresParticipantEmail);

        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync(
            "52755922", new ParticipantLinkRequest { ExpiresAt = Now.AddMinutes(30) }, TestContext.Current.CancellationToken));
        Assert.Equal("ParticipantLinkRequest.ExpiresAt", error.Feature);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_missing_meeting_is_not_found()
    {
        await using var host = Host();
        Meeting(host, 404, """{"error":"The requested resource doesn't exist"}""");
        var error = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync("52755922", new ParticipantLinkRequest(), TestContext.Current.CancellationToken));
        Assert.Equal("whereby", error.Provider);
    }

    [Fact]
    public async Task A_refused_key_is_an_authentication_error_that_does_not_show_the_key()
    {
        await using var host = Host();
        Meeting(host, 401, """{"error":"Access token is missing or invalid"}""");
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => host.Rooms.CreateParticipantLinkAsync("52755922", new ParticipantLinkRequest(), TestContext.Current.CancellationToken));
        Assert.DoesNotContain(WherebyTestHost.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_without_the_viewer_url_is_a_typed_error()
    {
        await using var host = Host();
        Meeting(host, body: MeetingJson.Replace("\"viewerRoomUrl\"", "\"otherUrl\"", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.CreateParticipantLinkAsync(
            "52755922", new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer }, TestContext.Current.CancellationToken));
        Assert.Contains("viewerRoomUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_without_an_end_date_gives_a_link_without_an_expiry()
    {
        await using var host = Host();
        Meeting(host, body: MeetingJson.Replace("\"endDate\"", "\"otherDate\"", StringComparison.Ordinal));
        var link = await host.Rooms.CreateParticipantLinkAsync("52755922", new ParticipantLinkRequest(), TestContext.Current.CancellationToken);
        Assert.Null(link.ExpiresAt);
    }

    [Fact]
    public async Task The_feature_is_reached_through_GetService()
    {
        await using var host = Host();
        Assert.NotNull(host.Rooms.GetService<IRoomParticipantLinks>());
        Assert.NotNull(host.Rooms.GetService<IRoomRecordings>());
    }
}
