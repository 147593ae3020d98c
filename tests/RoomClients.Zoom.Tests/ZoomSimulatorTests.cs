using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.DependencyInjection;
using RoomClients.Testing.Zoom;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom.Tests;

/// <summary>The simulator users test against must behave like Zoom where the SDK relies on it.</summary>
public sealed class ZoomSimulatorTests : IAsyncLifetime
{
    private readonly ZoomSimulator _simulator = new();
    private ServiceProvider? _provider;

    private IZoomApi Api => _provider!.GetRequiredService<IZoomApi>();

    private IRoomService Rooms => _provider!.GetRequiredService<IRoomService>();

    public ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms =>
        {
            rooms.ConfigureResilience((_, o) => o.Retry.Delay = TimeSpan.FromMilliseconds(5));
            rooms.AddZoom(o =>
            {
                o.AccountId = _simulator.AccountId;
                o.ClientId = _simulator.ClientId;
                o.ClientSecret = _simulator.ClientSecret;
                o.BaseAddress = _simulator.BaseAddress;
                o.OAuthBaseAddress = _simulator.OAuthBaseAddress;
            });
        });
        _provider = services.BuildServiceProvider();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider!.DisposeAsync();
        _simulator.Dispose();
    }

    [Fact]
    public async Task Meetings_round_trip_and_each_get_gives_a_fresh_start_url()
    {
        var ct = TestContext.Current.CancellationToken;
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Scheduled, DisplayName = "Sim", StartsAt = DateTimeOffset.UtcNow.AddHours(1), EndsAt = DateTimeOffset.UtcNow.AddHours(2), Locked = true }, ct);
        Assert.True(long.Parse(room.Id, System.Globalization.CultureInfo.InvariantCulture) > int.MaxValue);
        var first = await Rooms.GetRoomAsync(room.Id, ct);
        var second = await Rooms.GetRoomAsync(room.Id, ct);
        Assert.NotEqual(first.HostUrl, second.HostUrl);
        Assert.Equal(first.JoinUrl, second.JoinUrl);
        Assert.Equal("Sim", second.DisplayName);
        Assert.True(((ZoomMeeting)second.RawRepresentation!).Settings!.WaitingRoom);

        var updated = await Rooms.UpdateRoomAsync(room.Id, new UpdateRoomRequest { DisplayName = "Renamed", RecordAutomatically = true }, ct);
        Assert.Equal("Renamed", updated.DisplayName);
        Assert.Equal("cloud", ((ZoomMeeting)updated.RawRepresentation!).Settings!.AutoRecording);
        Assert.True(((ZoomMeeting)updated.RawRepresentation!).Settings!.WaitingRoom); // a partial update keeps the rest

        await Rooms.DeleteRoomAsync(room.Id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => Rooms.GetRoomAsync(room.Id, ct));
        await Api.UpdateMeetingStatusAsync(room.Id, new ZoomMeetingStatusRequest { Action = "recover" }, ct);
        Assert.Equal(room.Id, (await Rooms.GetRoomAsync(room.Id, ct)).Id);
    }

    [Fact]
    public async Task Zooms_type_1_instant_meetings_are_not_listed_and_pages_follow_tokens()
    {
        var ct = TestContext.Current.CancellationToken;
        var instant = await Api.CreateMeetingAsync("me", new ZoomMeetingRequest { Type = 1 }, ct);
        var scheduled = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            scheduled.Add((await Rooms.CreateRoomAsync(new CreateRoomRequest { StartsAt = DateTimeOffset.UtcNow.AddHours(1), EndsAt = DateTimeOffset.UtcNow.AddHours(2) }, ct)).Id);
        }

        var before = _simulator.RequestCount;
        var listed = new List<string>();
        await foreach (var room in Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, ct))
        {
            listed.Add(room.Id);
        }

        Assert.Equal(scheduled, listed);
        Assert.DoesNotContain(instant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), listed);
        Assert.Equal(3, _simulator.RequestCount - before);
        var page = await Api.ListMeetingsAsync("me", "scheduled", 300, cancellationToken: ct);
        Assert.Equal(5, page.TotalRecords);
        var stale = await Assert.ThrowsAsync<RoomValidationException>(() => Api.ListMeetingsAsync("me", nextPageToken: "not-a-token", cancellationToken: ct));
        Assert.Equal("300", stale.ErrorCode);
    }

    [Fact]
    public async Task Revoked_tokens_are_renewed_and_a_meeting_in_progress_cannot_be_deleted()
    {
        var ct = TestContext.Current.CancellationToken;
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, ct);
        _simulator.RevokeTokens();
        Assert.Equal(room.Id, (await Rooms.GetRoomAsync(room.Id, ct)).Id);
        Assert.Equal(2, _simulator.TokenRequestCount);

        _simulator.StartMeeting(long.Parse(room.Id, System.Globalization.CultureInfo.InvariantCulture));
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => Rooms.DeleteRoomAsync(room.Id, ct));
        Assert.Equal("3002", error.ErrorCode);
        await Api.UpdateMeetingStatusAsync(room.Id, new ZoomMeetingStatusRequest { Action = "end" }, ct);
        await Rooms.DeleteRoomAsync(room.Id, ct);
        Assert.Equal(0, _simulator.RoomCount);
    }

    [Fact]
    public async Task Recordings_registrants_polls_and_the_rest_are_stateful()
    {
        var ct = TestContext.Current.CancellationToken;
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { StartsAt = DateTimeOffset.UtcNow.AddHours(1), EndsAt = DateTimeOffset.UtcNow.AddHours(2) }, ct);
        var id = room.Id;

        var file = _simulator.AddRecording(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
        var recordings = await Api.GetMeetingRecordingsAsync(id, cancellationToken: ct);
        Assert.Equal(2, recordings.RecordingFiles!.Count);
        await Api.DeleteRecordingFileAsync(id, file, "trash", ct);
        Assert.Single((await Api.GetMeetingRecordingsAsync(ZoomMeetingUuid.ForPath(recordings.Uuid!), cancellationToken: ct)).RecordingFiles!);
        await Api.DeleteMeetingRecordingsAsync(id, "delete", ct);
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<RoomNotFoundException>(() => Api.GetMeetingRecordingsAsync(id, cancellationToken: ct))).StatusCode);

        var registrant = await Api.AddRegistrantAsync(id, new ZoomRegistrantRequest { Email = "ada@example.com", FirstName = "Ada", AutoApprove = false }, cancellationToken: ct);
        Assert.Single((await Api.ListRegistrantsAsync(id, status: "pending", cancellationToken: ct)).Registrants!);
        await Api.UpdateRegistrantStatusAsync(id, new ZoomRegistrantStatusRequest { Action = "approve", Registrants = [new ZoomRegistrantReference { Id = registrant.RegistrantId }] }, cancellationToken: ct);
        Assert.Equal("approved", Assert.Single((await Api.ListRegistrantsAsync(id, cancellationToken: ct)).Registrants!).Status);
        await Api.DeleteRegistrantAsync(id, registrant.RegistrantId!, cancellationToken: ct);
        await Api.UpdateRegistrantQuestionsAsync(id, new ZoomRegistrantQuestions { Questions = [new ZoomRegistrantQuestion { FieldName = "org", Required = true }] }, ct);
        Assert.Equal("org", Assert.Single((await Api.GetRegistrantQuestionsAsync(id, ct)).Questions!).FieldName);

        var poll = await Api.CreatePollAsync(id, new ZoomPollRequest { Title = "Q", Questions = [new ZoomPollQuestion { Name = "Ok?", Type = "single", Answers = ["y", "n"] }] }, ct);
        await Api.CreateBatchPollsAsync(id, new ZoomBatchPollsRequest { Polls = [new ZoomPollRequest { Title = "R", Questions = [new ZoomPollQuestion { Name = "?" }] }] }, ct);
        Assert.Equal(2, (await Api.ListPollsAsync(id, ct)).TotalRecords);
        await Api.UpdatePollAsync(id, poll.Id!, new ZoomPollRequest { Title = "Q2", Questions = [new ZoomPollQuestion { Name = "Ok?" }] }, ct);
        Assert.Equal("Q2", (await Api.GetPollAsync(id, poll.Id!, ct)).Title);
        await Api.DeletePollAsync(id, poll.Id!, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => Api.GetPollAsync(id, poll.Id!, ct));

        await Api.UpdateLiveStreamAsync(id, new ZoomLiveStreamSettings { StreamUrl = "rtmp://s.example/live", StreamKey = "k", PageUrl = "https://watch.example" }, ct);
        Assert.Equal("k", (await Api.GetLiveStreamAsync(id, ct)).StreamKey);
        Assert.Contains(id, (await Api.GetMeetingInvitationAsync(id, ct)).Invitation, StringComparison.Ordinal);
        Assert.NotEmpty((await Api.ListMeetingTemplatesAsync("me", ct)).Templates!);
        Assert.Empty((await Api.ListPastMeetingInstancesAsync(id, ct)).Meetings!);
    }

    [Fact]
    public async Task Invalid_bodies_unknown_users_and_unknown_meetings_get_zooms_errors()
    {
        var ct = TestContext.Current.CancellationToken;
        var invalid = await Assert.ThrowsAsync<RoomValidationException>(() => Api.CreateMeetingAsync("me", new ZoomMeetingRequest { Type = 5, Settings = new ZoomMeetingSettings { JbhTime = 7 } }, ct));
        Assert.Equal("300", invalid.ErrorCode);
        Assert.Contains("settings.jbh_time", invalid.ProviderMessage, StringComparison.Ordinal);
        var user = await Assert.ThrowsAsync<RoomNotFoundException>(() => Api.CreateMeetingAsync("nobody@example.com", new ZoomMeetingRequest(), ct));
        Assert.Equal("1001", user.ErrorCode);
        var meeting = await Assert.ThrowsAsync<RoomNotFoundException>(() => Rooms.GetRoomAsync("does-not-exist-42", ct));
        Assert.Equal("3001", meeting.ErrorCode);
    }

    [Fact]
    public async Task Recording_files_list_link_with_a_download_token_and_delete_one_by_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { StartsAt = DateTimeOffset.UtcNow.AddHours(1), EndsAt = DateTimeOffset.UtcNow.AddHours(2) }, ct);
        var none = await Assert.ThrowsAsync<RoomNotFoundException>(() => Api.GetMeetingRecordingsAsync(room.Id, cancellationToken: ct));
        Assert.Equal("3301", none.ErrorCode);

        var mp4 = _simulator.AddRecording(room.Id)!;
        var recordings = await Api.GetMeetingRecordingsAsync(room.Id, cancellationToken: ct);
        Assert.Null(recordings.DownloadAccessToken);
        Assert.Equal(2, recordings.RecordingFiles!.Count);
        Assert.Equal(mp4, recordings.RecordingFiles[0].Id);
        var withToken = await Api.GetMeetingRecordingsAsync(room.Id, "download_access_token", 60, ct);
        Assert.StartsWith("eyJ", withToken.DownloadAccessToken, StringComparison.Ordinal);
        Assert.Equal(1, _simulator.DownloadTokensIssued);
        var badTtl = await Assert.ThrowsAsync<RoomValidationException>(() => Api.GetMeetingRecordingsAsync(room.Id, "download_access_token", 0, ct));
        Assert.Equal("300", badTtl.ErrorCode);

        await Api.DeleteRecordingFileAsync(room.Id, mp4, "trash", ct);
        Assert.Single((await Api.GetMeetingRecordingsAsync(room.Id, cancellationToken: ct)).RecordingFiles!);
        var gone = await Assert.ThrowsAsync<RoomNotFoundException>(() => Api.DeleteRecordingFileAsync(room.Id, mp4, "trash", ct));
        Assert.Equal("3301", gone.ErrorCode);
        var m4a = recordings.RecordingFiles[1].Id!;
        await Api.DeleteRecordingFileAsync(room.Id, m4a, cancellationToken: ct);
        Assert.Equal("3301", (await Assert.ThrowsAsync<RoomNotFoundException>(() => Api.GetMeetingRecordingsAsync(room.Id, cancellationToken: ct))).ErrorCode); // nothing left
    }

    [Fact]
    public async Task Links_and_recordings_through_the_adapter_round_trip_on_the_simulator()
    {
        var ct = TestContext.Current.CancellationToken;
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { StartsAt = DateTimeOffset.UtcNow.AddHours(1), EndsAt = DateTimeOffset.UtcNow.AddHours(2) }, ct);
        var guest = await Rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Email = "pat@example.test" }, ct);
        var owner = await Rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, ct);
        Assert.NotEqual(guest.Url, owner.Url);
        Assert.Contains("/w/" + room.Id, guest.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("/s/" + room.Id, owner.Url.AbsoluteUri, StringComparison.Ordinal);
        var registrant = Assert.Single((await Api.ListRegistrantsAsync(room.Id, cancellationToken: ct)).Registrants!);
        Assert.Equal("pat@example.test", registrant.Email);
        Assert.Equal("pat", registrant.FirstName);

        var id = _simulator.AddRecording(room.Id)!;
        var listed = new List<RoomRecording>();
        await foreach (var recording in Rooms.ListRecordingsAsync(room.Id, ct))
        {
            listed.Add(recording);
        }

        Assert.Equal(2, listed.Count);
        Assert.Equal(id, listed[0].Id);
        Assert.All(listed, r => Assert.Equal(RoomRecordingState.Ready, r.State));
        var link = await Rooms.GetRecordingLinkAsync(room.Id, id, ct);
        Assert.Contains("access_token=eyJ", link.Url.Query, StringComparison.Ordinal);
        await Rooms.DeleteRecordingAsync(room.Id, id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => Rooms.GetRecordingLinkAsync(room.Id, id, ct));
    }
}
