using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoomClients.EnableX.Models;
using RoomClients.Testing.EnableX;

namespace RoomClients.EnableX.Tests;

/// <summary>The adapter against the stateful simulator: kinds, validation before sending, update mapping, tokens, options validation.</summary>
public sealed class EnableXRoomServiceTests : IDisposable
{
    private readonly EnableXSimulator _simulator = new();
    private readonly ServiceProvider _services;

    public EnableXRoomServiceTests()
    {
        var collection = new ServiceCollection();
        collection.AddRoomClients().AddEnableX(o =>
        {
            o.AppId = _simulator.AppId;
            o.AppKey = _simulator.AppKey;
            o.BaseAddress = _simulator.BaseAddress;
            o.MeetingSubdomain = "acme";
            o.MeetingDomain = EnableXMeetingUrls.PremiumDomain;
        });
        _services = collection.BuildServiceProvider();
    }

    private IRoomService Rooms => _services.GetRequiredService<IRoomService>();

    private IEnableXApi Api => _services.GetRequiredService<IEnableXApi>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _services.Dispose();
        _simulator.Dispose();
    }

    [Fact]
    public async Task Each_neutral_kind_maps_to_its_enablex_room_kind()
    {
        var instant = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Instant }, Ct);
        var permanent = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, DisplayName = "Standing" }, Ct);
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var scheduled = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = start }, Ct);

        Assert.Equal(RoomKind.Instant, instant.Kind);
        Assert.True(_simulator.GetRoom(instant.Id)!["settings"]!["adhoc"]!.GetValue<bool>());
        Assert.Equal(RoomKind.Permanent, permanent.Kind);
        Assert.Equal("Standing", permanent.DisplayName);
        Assert.Equal(RoomKind.Scheduled, scheduled.Kind);
        var settings = _simulator.GetRoom(scheduled.Id)!["settings"]!;
        Assert.Equal(EnableXTime.Format(start), settings["scheduled_time"]!.GetValue<string>());
        Assert.Equal(60, settings["duration"]!.GetValue<int>()); // DefaultDurationMinutes
        Assert.Equal("1", settings["moderators"]!.GetValue<string>());
        Assert.Equal("10", settings["participants"]!.GetValue<string>());
        Assert.Equal(new Uri($"https://acme.yourvideo.live/{scheduled.Id}"), scheduled.JoinUrl);
        Assert.Equal(new Uri($"https://acme.yourvideo.live/host/{EnableXMeetingUrls.ModeratorHash(scheduled.Id, _simulator.AppId)}"), scheduled.HostUrl);
    }

    [Fact]
    public async Task Neutral_flags_map_to_settings_and_metadata_to_data()
    {
        var request = new CreateRoomRequest { Kind = RoomKind.Permanent, RecordAutomatically = true, Locked = true };
        request.Metadata["course"] = "c-101";
        request.ProviderOptions.Add(new EnableXRoomOptions { Mode = EnableXRoomMode.Lecture, EnableSip = true, OwnerRef = "teacher7" });
        var room = await Rooms.CreateRoomAsync(request, Ct);

        var stored = _simulator.GetRoom(room.Id)!;
        Assert.Equal("teacher7", stored["owner_ref"]!.GetValue<string>());
        Assert.True(stored["settings"]!["auto_recording"]!.GetValue<bool>());
        Assert.True(stored["settings"]!["knock"]!.GetValue<bool>());
        Assert.Equal("lecture", stored["settings"]!["mode"]!.GetValue<string>());
        Assert.Equal("c-101", room.Metadata["course"]);
        Assert.Equal("123456", Assert.IsType<EnableXRoom>(room.RawRepresentation).Sip!.Pin);
    }

    public static TheoryData<string> InvalidCases => ["scheduled-no-start", "scheduled-past", "scheduled-end-before-start", "participants-zero", "moderators-six", "talkers-17", "duration-zero", "quality", "kind-contradiction", "permanent-with-end", "instant-with-start", "template"];

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task Invalid_requests_are_rejected_before_sending(string name)
    {
        var now = DateTimeOffset.UtcNow;
        var request = new CreateRoomRequest { Kind = RoomKind.Permanent };
        var settings = new EnableXRoomSettings();
        switch (name)
        {
            case "scheduled-no-start": request.Kind = RoomKind.Scheduled; break;
            case "scheduled-past": request.Kind = RoomKind.Scheduled; request.StartsAt = now.AddMinutes(-5); break;
            case "scheduled-end-before-start": request.Kind = RoomKind.Scheduled; request.StartsAt = now.AddHours(2); request.EndsAt = now.AddHours(1); break;
            case "participants-zero": settings.Participants = 0; break;
            case "moderators-six": settings.Moderators = 6; break;
            case "talkers-17": settings.MaxActiveTalkers = 17; break;
            case "duration-zero": settings.Duration = 0; break;
            case "quality": settings.Quality = "4K"; break;
            case "kind-contradiction": settings.Scheduled = true; break;
            case "permanent-with-end": request.EndsAt = now.AddHours(1); break;
            case "instant-with-start": request.Kind = RoomKind.Instant; request.StartsAt = now.AddHours(1); break;
            case "template": request.TemplateId = "t1"; break;
        }

        request.ProviderOptions.Add(new EnableXRoomOptions { Settings = settings });
        var before = _simulator.RequestCount;
        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => Rooms.CreateRoomAsync(request, Ct));
        Assert.True(error is RoomValidationException or RoomFeatureNotSupportedException, error.GetType().Name);
        Assert.Equal(before, _simulator.RequestCount);
    }

    [Fact]
    public async Task Update_maps_name_times_and_flags_to_a_patch()
    {
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = start, EndsAt = start.AddMinutes(30) }, Ct);
        var newStart = start.AddHours(1);
        var updated = await Rooms.UpdateRoomAsync(room.Id, new UpdateRoomRequest { DisplayName = "Renamed", StartsAt = newStart, EndsAt = newStart.AddMinutes(45), RecordAutomatically = true }, Ct);

        Assert.Equal("Renamed", updated.DisplayName);
        Assert.Equal(EnableXTime.Parse(EnableXTime.Format(newStart)), updated.StartsAt);
        var settings = _simulator.GetRoom(room.Id)!["settings"]!;
        Assert.Equal(45, settings["duration"]!.GetValue<int>());
        Assert.True(settings["auto_recording"]!.GetValue<bool>());
        var patch = _simulator.Server.LogEntries.Single(e => e.RequestMessage!.Method == "PATCH").RequestMessage!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$$"""{"name":"Renamed","settings":{"scheduled_time":"{{{EnableXTime.Format(newStart)}}}","duration":45,"auto_recording":true}}"""),
            JsonNode.Parse(patch.Body!)), patch.Body);
    }

    [Fact]
    public async Task Update_rejects_what_enablex_cannot_change_before_sending()
    {
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);
        var before = _simulator.RequestCount;
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => Rooms.UpdateRoomAsync(room.Id, new UpdateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddHours(1) }, Ct));
        var mode = new UpdateRoomRequest();
        mode.ProviderOptions.Add(new EnableXRoomOptions { Mode = EnableXRoomMode.Lecture });
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => Rooms.UpdateRoomAsync(room.Id, mode, Ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => Rooms.UpdateRoomAsync(room.Id, new UpdateRoomRequest(), Ct));
        Assert.True(_simulator.RequestCount - before <= 2, "only the GETs that read the room's kind");
        Assert.DoesNotContain(_simulator.Server.LogEntries, e => e.RequestMessage!.Method == "PATCH");
    }

    [Fact]
    public async Task Tokens_users_and_reports_through_the_api()
    {
        var room = await Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);
        var token = await Api.CreateTokenAsync(room.Id, new EnableXCreateTokenRequest { Name = "Ann", Role = EnableXRole.Moderator, UserRef = "u1" }, Ct);
        Assert.False(string.IsNullOrEmpty(token.Token));
        await Assert.ThrowsAsync<RoomValidationException>(() => Api.CreateTokenAsync(room.Id, new EnableXCreateTokenRequest { Name = "Ann", Role = new EnableXRole("boss"), UserRef = "u1" }, Ct));
        Assert.Equal(0, (await Api.ListRoomUsersAsync(room.Id, Ct)).Total);
        Assert.Empty((await Api.GetCdrByRoomAsync(room.Id, Ct)).Cdr!);
        Assert.Empty((await Api.GetArchiveByRoomAsync(room.Id, Ct)).Archive!);
    }

    [Fact]
    public void Options_validation_names_missing_settings_and_hides_the_key()
    {
        var collection = new ServiceCollection();
        collection.AddRoomClients().AddEnableX(o => o.AppKey = "secret key");
        using var services = collection.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<EnableXOptions>>().Get(RoomProviders.EnableX));
        Assert.Contains("AppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("MeetingSubdomain", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", new EnableXOptions { AppKey = "secret" }.ToString(), StringComparison.Ordinal);
    }
}
