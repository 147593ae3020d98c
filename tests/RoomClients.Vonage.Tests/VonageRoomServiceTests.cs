using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Vonage.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vonage.Tests;

/// <summary>The neutral adapter: request mapping, client-side validation, paging, deletion fallback, errors, logo upload.</summary>
public sealed class VonageRoomServiceTests
{
    private const string RoomJson = """{"id":"r-1","display_name":"Sales","type":"instant","meeting_code":"280674154","is_available":true,"created_at":"2026-01-01T10:00:00Z","expires_at":"2026-01-01T10:10:00Z","_links":{"guest_url":{"href":"https://meetings.vonage.com/280674154"},"host_url":{"href":"https://meetings.vonage.com/?room_token=280674154&participant_token=abc"}}}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonNode> SentBodyOfCreate(CreateRoomRequest request)
    {
        await using var host = new VonageTestHost();
        host.Server.Given(Request.Create().UsingPost().WithPath("/v1/meetings/rooms"))
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(RoomJson));
        var room = await host.Rooms.CreateRoomAsync(request, Ct);
        Assert.Equal(new Uri("https://meetings.vonage.com/280674154"), room.JoinUrl);
        Assert.Equal(new Uri("https://meetings.vonage.com/?room_token=280674154&participant_token=abc"), room.HostUrl);
        Assert.Equal("280674154", room.Metadata["meeting_code"]);
        Assert.Equal("Sales", room.DisplayName);
        return JsonNode.Parse(host.SingleRequest().RequestMessage!.Body!)!;
    }

    [Fact]
    public async Task No_end_creates_an_instant_room()
    {
        var body = await SentBodyOfCreate(new CreateRoomRequest { DisplayName = "Sales", RecordAutomatically = true, Locked = true });
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"display_name":"Sales","type":"instant","recording_options":{"auto_record":true},"join_approval_level":"explicit_approval"}"""), body), body.ToJsonString());
    }

    [Fact]
    public async Task The_minimal_requests_get_a_derived_display_name()
    {
        // Vonage requires display_name; the neutral request does not: the adapter names the room (issue 14).
        var empty = await SentBodyOfCreate(new CreateRoomRequest());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"display_name":"RoomClients room","type":"instant"}"""), empty), empty.ToJsonString());

        var end = DateTimeOffset.UtcNow.AddHours(1);
        var readme = await SentBodyOfCreate(new CreateRoomRequest { EndsAt = end });
        Assert.Equal("RoomClients room", readme["display_name"]!.GetValue<string>());
        Assert.Equal("long_term", readme["type"]!.GetValue<string>());
        // Sent as the documents show it, in UTC with milliseconds: the end asked, to the millisecond.
        var sentEnd = DateTimeOffset.Parse(readme["expires_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        Assert.Equal(end.UtcDateTime.AddTicks(-(end.UtcDateTime.Ticks % TimeSpan.TicksPerMillisecond)), sentEnd);
    }

    [Fact]
    public async Task An_end_creates_a_long_term_room_with_expires_at_and_provider_options()
    {
        var end = DateTimeOffset.UtcNow.AddDays(3);
        var request = new CreateRoomRequest { DisplayName = "Sales", EndsAt = end, TemplateId = "ef2b46f3-8ebb-437e-a671-272e4990fbc8" };
        request.ProviderOptions.Add(new VonageRoomOptions
        {
            Metadata = "crm=42",
            ExpireAfterUse = true,
            RecordOnlyOwner = true,
            InitialJoinOptions = new InitialJoinOptions { MicrophoneState = "off" },
            UiSettings = new UiSettings { Language = "fr" },
            AvailableFeatures = new AvailableFeatures { IsCaptionsAvailable = true },
            CallbackUrls = new CallbackUrls { SessionsCallbackUrl = "https://example.com/cb?secret=s3" },
        });
        var body = await SentBodyOfCreate(request);
        Assert.Equal("long_term", body["type"]!.GetValue<string>());
        Assert.Equal(end.ToUnixTimeSeconds(), DateTimeOffset.Parse(body["expires_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        Assert.Equal("crm=42", body["metadata"]!.GetValue<string>());
        Assert.True(body["expire_after_use"]!.GetValue<bool>());
        Assert.True(body["recording_options"]!["record_only_owner"]!.GetValue<bool>());
        Assert.Equal("ef2b46f3-8ebb-437e-a671-272e4990fbc8", body["theme_id"]!.GetValue<string>());
        Assert.Equal("off", body["initial_join_options"]!["microphone_state"]!.GetValue<string>());
        Assert.Equal("fr", body["ui_settings"]!["language"]!.GetValue<string>());
        Assert.True(body["available_features"]!["is_captions_available"]!.GetValue<bool>());
        Assert.Equal("https://example.com/cb?secret=s3", body["callback_urls"]!["sessions_callback_url"]!.GetValue<string>());
    }

    public static TheoryData<string> InvalidCreates => new(InvalidCreateCases.Keys);

    private static readonly Dictionary<string, (Func<CreateRoomRequest> Request, Type Error, string Text)> InvalidCreateCases = new()
    {
        ["blank display name"] = (() => new CreateRoomRequest { DisplayName = "  " }, typeof(RoomValidationException), "DisplayName"),
        ["display name over 200"] = (() => new CreateRoomRequest { DisplayName = new string('a', 201) }, typeof(RoomValidationException), "at most 200"),
        ["end within 10 minutes"] = (() => new CreateRoomRequest { DisplayName = "a", EndsAt = DateTimeOffset.UtcNow.AddMinutes(9) }, typeof(RoomValidationException), "more than 10 minutes"),
        ["end over a year"] = (() => new CreateRoomRequest { DisplayName = "a", EndsAt = DateTimeOffset.UtcNow.AddYears(1).AddDays(1) }, typeof(RoomValidationException), "at most one year"),
        ["start time"] = (() => new CreateRoomRequest { DisplayName = "a", StartsAt = DateTimeOffset.UtcNow.AddHours(1) }, typeof(RoomFeatureNotSupportedException), "StartsAt"),
        ["scheduled kind"] = (() => new CreateRoomRequest { DisplayName = "a", Kind = RoomKind.Scheduled }, typeof(RoomFeatureNotSupportedException), "Scheduled"),
        ["theme not a uuid"] = (() => new CreateRoomRequest { DisplayName = "a", TemplateId = "blue" }, typeof(RoomValidationException), "UUID"),
        ["neutral metadata"] = (() => { var r = new CreateRoomRequest { DisplayName = "a" }; r.Metadata["k"] = "v"; return r; }, typeof(RoomFeatureNotSupportedException), "Metadata"),
        ["locked and approval level"] = (() => { var r = new CreateRoomRequest { DisplayName = "a", Locked = true }; r.ProviderOptions.Add(new VonageRoomOptions { JoinApprovalLevel = VonageJoinApprovalLevel.None }); return r; }, typeof(RoomValidationException), "not both"),
        ["bad callback url"] = (() => { var r = new CreateRoomRequest { DisplayName = "a" }; r.ProviderOptions.Add(new VonageRoomOptions { CallbackUrls = new CallbackUrls { RoomsCallbackUrl = "ftp://x" } }); return r; }, typeof(RoomValidationException), "http"),
        ["metadata over 500"] = (() => { var r = new CreateRoomRequest { DisplayName = "a" }; r.ProviderOptions.Add(new VonageRoomOptions { Metadata = new string('m', 501) }); return r; }, typeof(RoomValidationException), "500"),
    };

    [Theory]
    [MemberData(nameof(InvalidCreates))]
    public async Task Invalid_create_requests_are_rejected_before_sending(string name)
    {
        var (request, error, text) = InvalidCreateCases[name];
        await using var host = new VonageTestHost();
        var ex = await Assert.ThrowsAsync(error, () => host.Rooms.CreateRoomAsync(request(), Ct));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Update_maps_to_update_details()
    {
        await using var host = new VonageTestHost();
        host.Server.Given(Request.Create().UsingPatch().WithPath("/v1/meetings/rooms/r-1"))
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(RoomJson));
        var end = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(2).ToUnixTimeSeconds() * TimeSpan.TicksPerSecond + DateTimeOffset.UnixEpoch.Ticks, TimeSpan.Zero);
        var update = new UpdateRoomRequest { EndsAt = end, Locked = false };
        update.ProviderOptions.Add(new VonageRoomOptions { ThemeId = "ef2b46f3-8ebb-437e-a671-272e4990fbc8" });

        await host.Rooms.UpdateRoomAsync("r-1", update, Ct);

        var body = JsonNode.Parse(host.SingleRequest().RequestMessage!.Body!)!;
        var expected = new JsonObject
        {
            ["update_details"] = new JsonObject
            {
                ["expires_at"] = end.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["theme_id"] = "ef2b46f3-8ebb-437e-a671-272e4990fbc8",
                ["join_approval_level"] = "none",
            },
        };
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
    }

    [Fact]
    public async Task Empty_or_unsupported_updates_are_rejected_before_sending()
    {
        await using var host = new VonageTestHost();
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync("r-1", new UpdateRoomRequest(), Ct));
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("r-1", new UpdateRoomRequest { DisplayName = "x" }, Ct));
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("r-1", new UpdateRoomRequest { RecordAutomatically = true }, Ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync("r-1", new UpdateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddMinutes(5) }, Ct));
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Listing_follows_next_links_lazily_against_the_simulator()
    {
        await using var host = new VonageSimulatorHost();
        for (var i = 0; i < 5; i++)
        {
            await host.Rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = $"Room {i}" }, Ct);
        }

        var before = host.Simulator.RequestCount;
        var names = new List<string?>();
        await foreach (var room in host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, Ct))
        {
            names.Add(room.DisplayName);
            if (names.Count == 1)
            {
                Assert.Equal(before + 1, host.Simulator.RequestCount); // one page fetched so far
            }
        }

        Assert.Equal(["Room 0", "Room 1", "Room 2", "Room 3", "Room 4"], names);
        Assert.Equal(before + 3, host.Simulator.RequestCount);
        var queries = host.Simulator.Server.LogEntries.Skip(before).Select(e => new Uri(e.RequestMessage!.AbsoluteUrl!).Query).ToList();
        Assert.Equal("?page_size=2", queries[0]);
        Assert.StartsWith("?start_id=", queries[1], StringComparison.Ordinal);
        Assert.EndsWith("&page_size=2", queries[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletion_on_a_server_without_it_is_a_typed_not_supported_error()
    {
        await using var host = new VonageSimulatorHost();
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "x" }, Ct);
        host.Simulator.SupportsRoomDeletion = false;

        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.DeleteRoomAsync(room.Id, Ct));
        Assert.Contains("DELETE /rooms", error.Message, StringComparison.Ordinal);

        host.Simulator.EnqueueFault(404, "<html>Cannot DELETE</html>");
        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.DeleteRoomAsync(room.Id, Ct));

        host.Simulator.SupportsRoomDeletion = true;
        await Assert.ThrowsAsync<RoomNotFoundException>(() => host.Rooms.DeleteRoomAsync("no-such-room", Ct));
    }

    [Fact]
    public async Task Themes_recordings_and_the_logo_upload_work_end_to_end_against_the_simulator()
    {
        await using var host = new VonageSimulatorHost();
        var api = host.Api;
        var theme = await api.CreateThemeAsync(new CreateThemeRequest { ThemeName = "Acme", MainColor = "#123abc", BrandText = "Acme" }, Ct);
        await api.UpdateApplicationAsync(new UpdateApplicationRequest { UpdateDetails = new ApplicationUpdateDetails { DefaultThemeId = theme.ThemeId! } }, Ct);
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest { DisplayName = "Themed" }, Ct);
        Assert.Equal(theme.ThemeId, room.Metadata["theme_id"]);
        var themed = await api.ListThemeRoomsAsync(theme.ThemeId!, cancellationToken: Ct);
        Assert.Equal(room.Id, Assert.Single(themed.Rooms!).Id);

        var uploader = host.Services.GetRequiredKeyedService<VonageThemeLogoUploader>(RoomProviders.Vonage);
        using var png = new MemoryStream([0x89, 0x50, 0x4E, 0x47]);
        var key = await uploader.UploadAsync(theme.ThemeId!, "white", png, Ct);
        Assert.Equal(key, (await api.GetThemeAsync(theme.ThemeId!, Ct)).BrandImageWhite);

        await Assert.ThrowsAsync<RoomValidationException>(() => api.DeleteThemeAsync(theme.ThemeId!, cancellationToken: Ct));
        await api.DeleteThemeAsync(theme.ThemeId!, force: true, Ct);
        Assert.Empty(await api.ListThemesAsync(Ct));

        var recordingId = host.Simulator.AddRecording("2_MX40", "uploaded");
        var recordings = await api.ListSessionRecordingsAsync("2_MX40", Ct);
        Assert.Equal(recordingId, Assert.Single(recordings.Embedded!.Recordings!).Id);
        await api.DeleteRecordingAsync(recordingId, Ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => api.GetRecordingAsync(recordingId, Ct));
        Assert.Equal("17323338801", Assert.Single(await api.ListDialInNumbersAsync(Ct)).Number);
    }
}
