using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.EnableX.Models;
using RoomClients.Testing.EnableX;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.EnableX.Tests;

/// <summary>Participant links (embed meeting URLs with name and user_ref) and archive recordings, on the wire and on the simulator.</summary>
public sealed class EnableXLinksAndRecordingsTests
{
    private const string RoomId = "5f1e2d3c4b5a69788796aaaa";

    private const string Room = $$$"""{"result":0,"room":{"room_id":"{{{RoomId}}}","name":"Consultation","owner_ref":"o","settings":{"mode":"group","scheduled":false,"adhoc":false,"moderators":"1","participants":"2"},"created":"2026-11-22T12:00:00.000Z"}}""";

    private const string Archive = $$"""
        {"result":"0","archive":[
          {"_id":"arch-1","trans_date":"2026-11-22T10:00:00.000Z","conf_num":"c-1","app_id":"a","room_id":"{{RoomId}}","recording":[{"url":"https://portal.enablex.io/r/raw1.mkv"}],"transcoded":[{"url":"https://portal.enablex.io/r/arch-1.mp4"}],"chatdata":"https://portal.enablex.io/r/chat","metadata":"https://portal.enablex.io/r/meta"},
          {"_id":"arch-2","trans_date":"1795255200","conf_num":2,"room_id":"{{RoomId}}","recording":[{"url":"https://portal.enablex.io/r/raw2.mkv"}],"transcoded":[]}]}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void Stub(EnableXTestHost host, string path, int status, string body) =>
        host.Server.Given(Request.Create().UsingGet().WithPath(path))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    [Fact]
    public async Task Capabilities_say_guest_and_host_with_names_and_user_refs_and_recordings_that_cannot_be_deleted()
    {
        await using var host = new EnableXTestHost();
        var c = host.Rooms.Capabilities;
        Assert.Equal([RoomParticipantRole.Guest, RoomParticipantRole.Host], c.ParticipantRoles);
        Assert.True(c.SupportsParticipantNames);
        Assert.True(c.SupportsExternalParticipantIds);
        Assert.False(c.SupportsParticipantLinkExpiry);
        Assert.False(c.RequiresParticipantEmail);
        Assert.True(c.SupportsRecordings);
        Assert.False(c.CanDeleteRecordings);
        Assert.NotNull(host.Rooms.GetService<IRoomParticipantLinks>());
        Assert.NotNull(host.Rooms.GetService<IRoomRecordings>());
    }

    [Fact]
    public async Task A_guest_link_is_the_participant_url_with_name_and_user_ref_after_the_room_is_checked()
    {
        await using var host = new EnableXTestHost();
        Stub(host, $"/video/v2/rooms/{RoomId}", 200, Room);

        var link = await host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { DisplayName = "Pat Patient & co", ExternalParticipantId = "patient-42", Email = "unused@example.test" }, Ct);

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("GET", request.Method);
        Assert.Equal(EnableXTestHost.BasicHeader, request.Headers!["Authorization"].Single());
        Assert.Equal(new Uri($"https://acme.yourvideo.app/{RoomId}?name=Pat%20Patient%20%26%20co&user_ref=patient-42"), link.Url);
        Assert.Equal(RoomParticipantRole.Guest, link.Role);
        Assert.Equal("Pat Patient & co", link.DisplayName);
        Assert.Equal("patient-42", link.ExternalParticipantId);
        Assert.Null(link.ExpiresAt);
        Assert.Equal(RoomId, link.RoomId);
        Assert.Equal("enablex", link.Provider);
        Assert.IsType<EnableXRoom>(link.RawRepresentation);
    }

    [Fact]
    public async Task A_host_link_is_the_moderator_url_and_a_plain_link_has_no_query()
    {
        await using var host = new EnableXTestHost();
        Stub(host, $"/video/v2/rooms/{RoomId}", 200, Room);
        var hash = EnableXMeetingUrls.ModeratorHash(RoomId, EnableXTestHost.AppId);

        var moderator = await host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Who" }, Ct);
        var plain = await host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest(), Ct);

        Assert.Equal(new Uri($"https://acme.yourvideo.app/host/{hash}?name=Dr.%20Who"), moderator.Url);
        Assert.Equal(RoomParticipantRole.Host, moderator.Role);
        Assert.Equal(new Uri($"https://acme.yourvideo.app/{RoomId}"), plain.Url);
    }

    [Fact]
    public async Task Viewers_and_expiries_are_refused_before_anything_is_sent_and_a_missing_room_is_not_found()
    {
        await using var host = new EnableXTestHost();
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer }, Ct));
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateParticipantLinkAsync(RoomId, new ParticipantLinkRequest { ExternalParticipantId = "has space" }, Ct));
        Assert.Empty(host.Requests);

        Stub(host, "/video/v2/rooms/missing", 404, """{"result":40001,"error":"Room not found","desc":"No room"}""");
        var missing = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.CreateParticipantLinkAsync("missing", new ParticipantLinkRequest(), Ct));
        Assert.Equal("40001", missing.ErrorCode);
        Assert.DoesNotContain(EnableXTestHost.AppKey, missing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recordings_are_the_rooms_archive_records_ready_once_transcoded()
    {
        await using var host = new EnableXTestHost();
        Stub(host, $"/video/v2/archive/room/{RoomId}", 200, Archive);

        var list = new List<RoomRecording>();
        await foreach (var recording in host.Rooms.ListRecordingsAsync(RoomId, Ct))
        {
            list.Add(recording);
        }

        var request = host.SingleRequest().RequestMessage!;
        Assert.Equal("GET", request.Method);
        Assert.Equal(EnableXTestHost.BasicHeader, request.Headers!["Authorization"].Single());
        Assert.Equal(["arch-1", "arch-2"], list.Select(r => r.Id));
        Assert.Equal(RoomRecordingState.Ready, list[0].State);
        Assert.Equal("transcoded", list[0].ProviderState);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), list[0].StartedAt);
        Assert.Null(list[0].Duration); // the archive says neither
        Assert.Null(list[0].SizeInBytes);
        Assert.Equal("c-1", Assert.IsType<EnableXArchiveRecord>(list[0].RawRepresentation).ConfNum);
        Assert.Equal(RoomRecordingState.Processing, list[1].State);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795255200), list[1].StartedAt); // a Unix timestamp, as notifications send it
    }

    [Fact]
    public async Task A_download_link_is_the_transcoded_file_an_untranscoded_one_is_a_conflict_and_an_unknown_one_not_found()
    {
        await using var host = new EnableXTestHost();
        Stub(host, $"/video/v2/archive/room/{RoomId}", 200, Archive);

        var link = await host.Rooms.GetRecordingLinkAsync(RoomId, "arch-1", Ct);
        Assert.Equal(new Uri("https://portal.enablex.io/r/arch-1.mp4"), link.Url);
        Assert.Null(link.ExpiresAt);
        var processing = await Assert.ThrowsAsync<RoomConflictException>(() => host.Rooms.GetRecordingLinkAsync(RoomId, "arch-2", Ct));
        Assert.Equal("not_transcoded", processing.ErrorCode);
        var missing = await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.GetRecordingLinkAsync(RoomId, "arch-9", Ct));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_recording_is_not_supported_and_an_archive_error_is_typed()
    {
        await using var host = new EnableXTestHost();
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.DeleteRecordingAsync(RoomId, "arch-1", Ct));
        Assert.Empty(host.Requests);

        host.Server.Given(Request.Create().UsingGet().WithPath($"/video/v2/archive/room/{RoomId}"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"result":10202,"error":"Room ID missing","desc":"room_id is required"}"""));
        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(async () =>
        {
            await foreach (var _ in host.Rooms.ListRecordingsAsync(RoomId, Ct))
            {
            }
        });
        Assert.Equal("10202", error.ErrorCode);
    }

    [Fact]
    public async Task The_simulator_keeps_archive_records_by_room_session_and_period()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        using var simulator = new EnableXSimulator(timeProvider: clock);
        var collection = new ServiceCollection();
        collection.AddRoomClients().AddEnableX(o =>
        {
            o.AppId = simulator.AppId;
            o.AppKey = simulator.AppKey;
            o.BaseAddress = simulator.BaseAddress;
            o.MeetingSubdomain = "acme";
        });
        await using var services = collection.BuildServiceProvider();
        var rooms = services.GetRequiredService<IRoomService>();
        var api = services.GetRequiredService<IEnableXApi>();
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);
        var other = await rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);
        var ready = simulator.AddRecording(room.Id)!;
        var pending = simulator.AddRecording(room.Id, transcoded: false);
        simulator.AddRecording(other.Id);

        var listed = new List<RoomRecording>();
        await foreach (var recording in rooms.ListRecordingsAsync(room.Id, Ct))
        {
            listed.Add(recording);
        }

        Assert.Equal([ready, pending], listed.Select(r => r.Id));
        Assert.Equal([RoomRecordingState.Ready, RoomRecordingState.Processing], listed.Select(r => r.State));
        Assert.Equal("https", (await rooms.GetRecordingLinkAsync(room.Id, ready, Ct)).Url.Scheme);
        await Assert.ThrowsAsync<RoomConflictException>(() => rooms.GetRecordingLinkAsync(room.Id, pending, Ct));

        var conference = ((EnableXArchiveRecord)listed[0].RawRepresentation!).ConfNum!;
        Assert.Equal(ready, Assert.Single((await api.GetArchiveByConferenceAsync(conference, Ct)).Archive!).Id);
        Assert.Equal(clock.GetUtcNow().AddMinutes(-30), listed[0].StartedAt);
        const string today = "2026-11-22"; // the simulator's clock: sessions recorded half an hour before 12:00
        Assert.Equal(3, (await api.GetArchiveByPeriodAsync(today, today, Ct)).Archive!.Count);
        Assert.Equal(2, (await api.GetArchiveByRoomAndPeriodAsync(room.Id, today, today, Ct)).Archive!.Count);
        Assert.Empty((await api.GetArchiveByPeriodAsync("2001-01-01", "2001-01-02", Ct)).Archive!);
        await Assert.ThrowsAsync<RoomValidationException>(() => api.GetArchiveByPeriodAsync("yesterday", today, Ct));

        var guest = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { DisplayName = "Pat", ExternalParticipantId = "p-1" }, Ct);
        Assert.Equal($"https://acme.yourvideo.app/{room.Id}?name=Pat&user_ref=p-1", guest.Url.AbsoluteUri);
    }
}
