using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Zoom.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Zoom.Tests;

/// <summary>Participant links (start_url for the host, a registrant for each guest) and cloud recordings, on the wire.</summary>
public sealed class ZoomLinksAndRecordingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ZoomTestHost Host() => new(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    private static void Stub(ZoomTestHost host, string method, string path, int status, string? body = null) =>
        host.Server.Given(Request.Create().UsingMethod(method).WithPath(path))
            .RespondWith(body is null ? Response.Create().WithStatusCode(status)
                : Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private const string Recordings = """
        {"uuid":"ng1MzyWNQaObxcf3+Gfm6A==","id":85123456789,"topic":"Consultation","start_time":"2026-11-22T10:00:00Z","duration":30,"total_size":3145728,"recording_count":2,
         "download_access_token":"eyJdownload.SECRET-TOKEN",
         "recording_files":[
          {"id":"f-mp4","meeting_id":"ng1MzyWNQaObxcf3+Gfm6A==","recording_start":"2026-11-22T10:00:00Z","recording_end":"2026-11-22T10:29:30Z","file_type":"MP4","file_extension":"MP4","file_size":2097152,"download_url":"https://us02web.zoom.us/rec/download/f-mp4","status":"completed","recording_type":"shared_screen_with_speaker_view"},
          {"id":"f-m4a","meeting_id":"ng1MzyWNQaObxcf3+Gfm6A==","recording_start":"2026-11-22T10:00:00Z","recording_end":"2026-11-22T10:29:30Z","file_type":"M4A","file_size":1048576,"download_url":"https://us02web.zoom.us/rec/download/f-m4a?x=1","status":"processing","recording_type":"audio_only"},
          {"id":"f-timeline","file_type":"TIMELINE","status":"completed"}]}
        """;

    [Fact]
    public void Capabilities_say_guest_and_host_guests_by_address_no_names_recordings_deletable()
    {
        using var simulator = new Testing.Zoom.ZoomSimulator();
        var services = new ServiceCollection();
        services.AddRoomClients(r => r.AddZoom(o =>
        {
            o.AccountId = simulator.AccountId;
            o.ClientId = simulator.ClientId;
            o.ClientSecret = simulator.ClientSecret;
            o.BaseAddress = simulator.BaseAddress;
            o.OAuthBaseAddress = simulator.OAuthBaseAddress;
        }));
        using var provider = services.BuildServiceProvider();
        var rooms = provider.GetRequiredService<IRoomService>();
        var c = rooms.Capabilities;
        Assert.Equal([RoomParticipantRole.Guest, RoomParticipantRole.Host], c.ParticipantRoles);
        Assert.True(c.SupportsParticipantNames); // a guest registrant's first and last name
        Assert.False(c.SupportsHostParticipantNames); // start_url signs in as the host user, under that user's name
        Assert.True(c.RequiresParticipantEmail);
        Assert.False(c.SupportsExternalParticipantIds);
        Assert.False(c.SupportsParticipantLinkExpiry);
        Assert.True(c.SupportsRecordings);
        Assert.True(c.CanDeleteRecordings);
        Assert.NotNull(rooms.GetService<IRoomParticipantLinks>());
        Assert.NotNull(rooms.GetService<IRoomRecordings>());
    }

    [Fact]
    public async Task A_host_link_is_a_fresh_start_url_that_expires_two_hours_later()
    {
        await using var host = Host();
        Stub(host, "GET", "/v2/meetings/85123456789", 200, ZoomTestHost.Meeting());

        var link = await host.Rooms.CreateParticipantLinkAsync("85123456789", new ParticipantLinkRequest { Role = RoomParticipantRole.Host, Email = "ignored@example.test" }, Ct);

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("GET", request.Method);
        Assert.Equal($"Bearer {host.Token}", request.Headers!["Authorization"].Single());
        Assert.Equal(new Uri("https://us02web.zoom.us/s/85123456789?zak=eyJzdGFydA"), link.Url);
        Assert.Equal(RoomParticipantRole.Host, link.Role);
        Assert.Equal(Now.AddHours(2), link.ExpiresAt);
        Assert.Equal("85123456789", link.RoomId);
        Assert.Equal("zoom", link.Provider);
        Assert.Null(link.DisplayName);
        Assert.IsType<ZoomMeeting>(link.RawRepresentation);
    }

    [Fact]
    public async Task A_name_on_the_host_link_is_refused_before_sending()
    {
        await using var host = Host();
        var ex = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync(
            "85123456789", new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Who" }, Ct));
        Assert.Contains("DisplayName", ex.Feature, StringComparison.Ordinal);

        Assert.Empty(host.Requests);
        Assert.Empty(host.TokenRequests);
    }

    [Fact]
    public async Task A_guest_link_registers_the_guest_by_address_auto_approved()
    {
        await using var host = Host();
        Stub(host, "POST", "/v2/meetings/85123456789/registrants", 201,
            """{"id":85123456789,"registrant_id":"reg-1","topic":"Consultation","start_time":"2026-11-22T13:00:00Z","join_url":"https://us02web.zoom.us/w/85123456789?tk=abc"}""");

        var link = await host.Rooms.CreateParticipantLinkAsync("85123456789", new ParticipantLinkRequest { Email = "pat.patient@example.test" }, Ct);

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("POST", request.Method);
        Assert.Equal($"Bearer {host.Token}", request.Headers!["Authorization"].Single());
        Assert.Empty(request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>());
        // Zoom requires a first name: the address's local part.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"email":"pat.patient@example.test","first_name":"pat.patient","auto_approve":true}"""), JsonNode.Parse(request.Body!)), request.Body);
        Assert.Equal(new Uri("https://us02web.zoom.us/w/85123456789?tk=abc"), link.Url);
        Assert.Equal(RoomParticipantRole.Guest, link.Role);
        Assert.Null(link.DisplayName);
        Assert.Null(link.ExpiresAt);
        Assert.Null(link.ExternalParticipantId);
        Assert.Equal("reg-1", Assert.IsType<ZoomRegistrantCreated>(link.RawRepresentation).RegistrantId);
    }

    [Fact]
    public void A_registrant_name_is_split_into_first_and_last_name_within_zooms_limits()
    {
        var first = new string('a', 50);
        var last = new string('b', 40);
        var split = ZoomRoomService.Registrant("x@example.test", $"{first} {last}");
        Assert.Equal((first, last), (split.FirstName, split.LastName));
        var plain = ZoomRoomService.Registrant("x@example.test", "Pat Patient");
        Assert.Equal(("Pat Patient", (string?)null), (plain.FirstName, plain.LastName));
        var fromAddress = ZoomRoomService.Registrant(new string('l', 70) + "@example.test", null);
        Assert.Equal(64, fromAddress.FirstName.Length);
        Assert.True(fromAddress.AutoApprove);
        Assert.Throws<RoomValidationException>(() => ZoomRoomService.Registrant("x@example.test", new string('c', 70)));
        Assert.Throws<RoomValidationException>(() => ZoomRoomService.Registrant(new string('e', 120) + "@example.test", null));
    }

    [Fact]
    public async Task A_guest_without_an_address_viewers_and_expiries_are_refused_before_sending()
    {
        await using var host = Host();
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateParticipantLinkAsync("1", new ParticipantLinkRequest(), Ct));
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync("1", new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer, Email = "v@example.test" }, Ct));
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync("1", new ParticipantLinkRequest { Email = "g@example.test", ExpiresAt = Now.AddHours(1) }, Ct));
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync("1", new ParticipantLinkRequest { Email = "g@example.test", ExternalParticipantId = "p-1" }, Ct));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_meeting_that_approves_by_hand_gives_no_join_url_and_that_is_a_conflict()
    {
        await using var host = Host();
        Stub(host, "POST", "/v2/meetings/1/registrants", 201, """{"id":1,"registrant_id":"r","topic":"t"}""");
        var ex = await Assert.ThrowsAsync<RoomConflictException>(() => host.Rooms.CreateParticipantLinkAsync("1", new ParticipantLinkRequest { Email = "g@example.test" }, Ct));
        Assert.Equal("registrant_pending", ex.ErrorCode);
    }

    [Fact]
    public async Task A_link_for_a_missing_meeting_is_not_found()
    {
        await using var host = Host();
        Stub(host, "POST", "/v2/meetings/404/registrants", 404, """{"code":3001,"message":"Meeting does not exist: 404."}""");
        Stub(host, "GET", "/v2/meetings/404", 404, """{"code":3001,"message":"Meeting does not exist: 404."}""");
        var guest = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync("404", new ParticipantLinkRequest { Email = "g@example.test" }, Ct));
        var owner = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync("404", new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, Ct));
        Assert.Equal("3001", guest.ErrorCode);
        Assert.Equal("3001", owner.ErrorCode);
    }

    [Fact]
    public async Task Recordings_are_the_files_of_the_last_instance_with_state_size_and_duration()
    {
        await using var host = Host();
        Stub(host, "GET", "/v2/meetings/85123456789/recordings", 200, Recordings);

        var list = new List<RoomRecording>();
        await foreach (var recording in host.Rooms.ListRecordingsAsync("85123456789", Ct))
        {
            list.Add(recording);
        }

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("GET", request.Method);
        Assert.Empty(request.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>()); // no download token for a listing
        Assert.Equal(["f-mp4", "f-m4a", "f-timeline"], list.Select(r => r.Id));
        var mp4 = list[0];
        Assert.Equal(RoomRecordingState.Ready, mp4.State);
        Assert.Equal("completed", mp4.ProviderState);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), mp4.StartedAt);
        Assert.Equal(TimeSpan.FromSeconds(29 * 60 + 30), mp4.Duration);
        Assert.Equal(2_097_152, mp4.SizeInBytes);
        Assert.Equal("85123456789", mp4.RoomId);
        Assert.Equal("zoom", mp4.Provider);
        Assert.Equal("MP4", Assert.IsType<ZoomRecordingFile>(mp4.RawRepresentation).FileType);
        Assert.Equal(RoomRecordingState.Processing, list[1].State);
        Assert.Null(list[2].Duration);
        Assert.Null(list[2].SizeInBytes);
    }

    [Fact]
    public async Task A_meeting_without_recordings_lists_none_but_other_errors_are_thrown()
    {
        await using var host = Host();
        Stub(host, "GET", "/v2/meetings/1/recordings", 404, """{"code":3301,"message":"This recording does not exist."}""");
        Stub(host, "GET", "/v2/meetings/2/recordings", 404, """{"code":3001,"message":"Meeting does not exist: 2."}""");
        Stub(host, "GET", "/v2/meetings/3/recordings", 401, """{"code":124,"message":"Invalid access token."}""");
        await foreach (var _ in host.Rooms.ListRecordingsAsync("1", Ct))
        {
            Assert.Fail("no recording expected");
        }

        await Assert.ThrowsAsync<RoomNotFoundException>(async () =>
        {
            await foreach (var _ in host.Rooms.ListRecordingsAsync("2", Ct))
            {
            }
        });
        var auth = await Assert.ThrowsAsync<RoomAuthenticationException>(async () =>
        {
            await foreach (var _ in host.Rooms.ListRecordingsAsync("3", Ct))
            {
            }
        });
        Assert.DoesNotContain(host.Token, auth.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.ClientSecret, auth.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_link_carries_a_download_token_asked_for_one_hour()
    {
        await using var host = Host();
        Stub(host, "GET", "/v2/meetings/85123456789/recordings", 200, Recordings);

        var link = await host.Rooms.GetRecordingLinkAsync("85123456789", "f-mp4", Ct);

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("download_access_token", request.Query!["include_fields"].Single());
        Assert.Equal("3600", request.Query!["ttl"].Single());
        Assert.Equal(new Uri("https://us02web.zoom.us/rec/download/f-mp4?access_token=eyJdownload.SECRET-TOKEN"), link.Url);
        Assert.Equal(Now.AddHours(1), link.ExpiresAt);
    }

    [Fact]
    public async Task A_file_still_processing_is_a_conflict_and_an_unknown_file_is_not_found()
    {
        await using var host = Host();
        Stub(host, "GET", "/v2/meetings/85123456789/recordings", 200, Recordings);
        Stub(host, "GET", "/v2/meetings/7/recordings", 404, """{"code":3301,"message":"This recording does not exist."}""");

        var processing = await Assert.ThrowsAsync<RoomConflictException>(() => host.Rooms.GetRecordingLinkAsync("85123456789", "f-m4a", Ct));
        Assert.DoesNotContain("SECRET-TOKEN", processing.ToString(), StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRecordingLinkAsync("85123456789", "f-nope", Ct));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRecordingLinkAsync("7", "f-mp4", Ct));
    }

    [Fact]
    public async Task Deleting_a_recording_moves_that_file_to_the_trash()
    {
        await using var host = Host();
        Stub(host, "DELETE", "/v2/meetings/85123456789/recordings/f-mp4", 204);
        Stub(host, "DELETE", "/v2/meetings/85123456789/recordings/f-gone", 404, """{"code":3301,"message":"This recording does not exist."}""");

        await host.Rooms.DeleteRecordingAsync("85123456789", "f-mp4", Ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.DeleteRecordingAsync("85123456789", "f-gone", Ct));

        var request = host.Requests[0].RequestMessage!;
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/v2/meetings/85123456789/recordings/f-mp4", request.Path);
        Assert.Equal("trash", request.Query!["action"].Single());
        Assert.Equal($"Bearer {host.Token}", request.Headers!["Authorization"].Single());
    }
}
