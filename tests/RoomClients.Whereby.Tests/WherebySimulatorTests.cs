using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Refit;
using RoomClients.Testing.Whereby;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby.Tests;

/// <summary>The simulator users test against must behave like Whereby where the SDK relies on it.</summary>
public sealed class WherebySimulatorTests
{
    private static ServiceProvider Register(WherebySimulator simulator)
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddWhereby(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; }));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Recordings_and_themes_are_stateful_and_check_content_types()
    {
        var ct = TestContext.Current.CancellationToken;
        using var simulator = new WherebySimulator();
        await using var provider = Register(simulator);
        var api = provider.GetRequiredService<IWherebyApi>();

        var demo = await api.CreateMeetingAsync(new CreateMeetingRequest { EndDate = DateTimeOffset.UtcNow.AddHours(1) }, ct);
        var other = await api.CreateMeetingAsync(new CreateMeetingRequest { EndDate = DateTimeOffset.UtcNow.AddHours(1) }, ct);
        var id = simulator.AddRecording(demo.MeetingId);
        simulator.AddRecording(other.MeetingId);
        var page = await api.ListRecordingsAsync(roomName: demo.RoomName, cancellationToken: ct);
        Assert.Equal(id, Assert.Single(page.Results).RecordingId);
        var link = await api.GetRecordingAccessLinkAsync(id, 60, ct);
        Assert.InRange(link.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(30), DateTimeOffset.UtcNow.AddSeconds(90));
        await api.DeleteRecordingAsync(id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => api.GetRecordingAsync(id, ct));

        await api.SetRoomThemeTokensAsync("demo", new RoomThemeTokensRequest { Tokens = new RoomThemeTokens { Colors = new RoomThemeColors { Primary = "#000000" } } }, ct);
        using var png = new MemoryStream([1, 2, 3]);
        await api.SetRoomLogoAsync("demo", new StreamPart(png, "l.png", "image/png"), ct);
        var theme = simulator.GetTheme("/demo")!;
        Assert.Equal("#000000", theme["tokens"]!["tokens"]!["colors"]!["primary"]!.GetValue<string>());
        Assert.Equal("uploaded", theme["logo"]!["image"]!.GetValue<string>());

        using var raw = new HttpClient();
        using var wrong = new HttpRequestMessage(HttpMethod.Put, new Uri(simulator.BaseAddress, "rooms/demo/theme/logo")) { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", simulator.ApiKey);
        using var response = await raw.SendAsync(wrong, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Recordings_are_seeded_by_meeting_id_dated_by_the_clock_and_paged_by_cursor()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        using var simulator = new WherebySimulator(timeProvider: new FakeTimeProvider(now));
        await using var provider = Register(simulator);
        var api = provider.GetRequiredService<IWherebyApi>();

        var meeting = await api.CreateMeetingAsync(new CreateMeetingRequest { EndDate = now.AddHours(1) }, ct);
        Assert.Equal(now, meeting.StartDate);
        Assert.Equal(1, simulator.RoomCount);
        Assert.Equal(simulator.RoomCount, simulator.MeetingCount);
        var ids = new[] { simulator.AddRecording(meeting.MeetingId), simulator.AddRecording(meeting.MeetingId, 3.5), simulator.AddRecording(meeting.MeetingId) };
        Assert.Throws<ArgumentException>(() => simulator.AddRecording("no-such-meeting"));

        var first = await api.ListRecordingsAsync(meeting.RoomName, limit: 2, cancellationToken: ct);
        Assert.Equal(ids[..2], first.Results.Select(r => r.RecordingId));
        Assert.NotNull(first.Cursor);
        var second = await api.ListRecordingsAsync(meeting.RoomName, first.Cursor, 2, cancellationToken: ct);
        Assert.Equal(ids[2..], second.Results.Select(r => r.RecordingId));
        Assert.Null(second.Cursor);

        var recording = first.Results[1];
        Assert.Equal(now.AddMinutes(-30), recording.StartDate);
        Assert.Equal(now, recording.EndDate);
        Assert.Equal(3.5, recording.SizeInMegaBytes);
        Assert.Equal(meeting.RoomName, recording.RoomName);
        Assert.Equal(now.AddHours(1), (await api.GetRecordingAccessLinkAsync(ids[0], cancellationToken: ct)).ExpiresAt);
        await Assert.ThrowsAsync<RoomValidationException>(() => api.ListRecordingsAsync(meeting.RoomName, limit: 101, cancellationToken: ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => api.GetRecordingAccessLinkAsync(ids[0], 43201, ct));
        await Assert.ThrowsAsync<RoomNotFoundException>(() => api.GetRecordingAccessLinkAsync("no-such-recording", cancellationToken: ct));
    }

    [Fact]
    public async Task The_neutral_links_and_recordings_work_against_the_simulator()
    {
        var ct = TestContext.Current.CancellationToken;
        using var simulator = new WherebySimulator();
        await using var provider = Register(simulator);
        var rooms = provider.GetRequiredService<IRoomService>();

        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, ct);
        var host = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host, DisplayName = "Dr. Ada" }, ct);
        Assert.StartsWith(room.HostUrl!.AbsoluteUri, host.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith("&displayName=Dr.%20Ada", host.Url.AbsoluteUri, StringComparison.Ordinal);
        var viewer = await rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Viewer }, ct);
        Assert.StartsWith($"https://{simulator.Subdomain}.whereby.com/viewer-", viewer.Url.AbsoluteUri, StringComparison.Ordinal); // asked for through fields

        var id = simulator.AddRecording(room.Id);
        var listed = new List<RoomRecording>();
        await foreach (var r in rooms.ListRecordingsAsync(room.Id, ct))
        {
            listed.Add(r);
        }

        Assert.Equal(id, Assert.Single(listed).Id);
        Assert.Equal(12_500_000, listed[0].SizeInBytes);
        Assert.Equal(TimeSpan.FromMinutes(30), listed[0].Duration);
        Assert.StartsWith("https://recordings.example.test/", (await rooms.GetRecordingLinkAsync(room.Id, id, ct)).Url.AbsoluteUri, StringComparison.Ordinal);
        await rooms.DeleteRecordingAsync(room.Id, id, ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.DeleteRecordingAsync(room.Id, id, ct));
    }
}
