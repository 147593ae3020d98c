using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RoomClients.Tests.Shared.OpenApi;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby.Tests;

/// <summary>
/// Sends every request the SDK makes to Stoplight Prism serving Whereby's published OpenAPI file: Prism answers 422 to any
/// request that violates the file. The <see cref="WherebyPrism"/> fixture starts Prism (installing it from
/// <c>tests/openapi</c> if needed); the tests skip only when Node.js is not on the PATH.
/// </summary>
/// <remarks>
/// Three things are left out, each for a defect outside this SDK: <c>POST /transcriptions</c> and <c>POST /summaries</c>
/// (the file declares a required <em>path</em> parameter that is not in the path, so no request can satisfy it; the ids
/// go in the body as documented); the multipart uploads (Prism 5.14's multipart parser
/// crashes on a binary part; <see cref="WherebyApiRequestTests"/> checks them on WireMock), and
/// <c>recording.destination: null</c>, which Whereby's own text prescribes ("should be set to null" to inherit the
/// organization's storage) while its schema does not mark the property nullable.
/// </remarks>
public sealed class WherebyOpenApiValidationTests(WherebyPrism prism) : IClassFixture<WherebyPrism>
{
    public static TheoryData<string> Operations => new(
        "CreateMeeting", "CreateMeetingFull", "ListMeetings", "GetMeeting", "DeleteMeeting", "NeutralCreate", "NeutralGet", "NeutralList", "NeutralDelete",
        "NeutralHostLink", "NeutralGuestLink", "NeutralListRecordings", "NeutralRecordingLink", "NeutralDeleteRecording",
        "ListRecordings", "GetRecording", "DeleteRecording", "RecordingAccessLink", "BulkDeleteRecordings",
        "ListTranscriptions", "GetTranscription", "DeleteTranscription", "TranscriptionAccessLink", "BulkDeleteTranscriptions",
        "ListSummaries", "GetSummary", "DeleteSummary",
        "ThemeTokens", "LogoReset", "BackgroundPreset", "KnockPreset",
        "InsightsRooms", "InsightsRoomSessions", "InsightsParticipants", "InsightsParticipant");

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Prism_accepts_the_request(string operation)
    {
        var baseAddress = prism.BaseAddressOrSkip();

        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddWhereby(o =>
        {
            o.ApiKey = "prism";
            o.BaseAddress = baseAddress;
        }));
        await using var provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IWherebyApi>();
        var rooms = provider.GetRequiredService<IRoomService>();
        var ct = TestContext.Current.CancellationToken;
        var end = DateTimeOffset.UtcNow.AddDays(1);

        try
        {
            Task call = operation switch
            {
                "CreateMeeting" => api.CreateMeetingAsync(new CreateMeetingRequest { EndDate = end, Fields = ["hostRoomUrl"] }, ct),
                "CreateMeetingFull" => api.CreateMeetingAsync(new CreateMeetingRequest
                {
                    EndDate = end,
                    IsLocked = true,
                    RoomMode = "group",
                    RoomNamePrefix = "demo",
                    RoomNamePattern = "human-short",
                    TemplateType = "viewerMode",
                    Fields = ["hostRoomUrl", "viewerRoomUrl"],
                    Recording = new MeetingRecording { Type = "cloud", Destination = new RecordingDestination { Provider = "whereby", FileFormat = "mp4" }, StartTrigger = "automatic" },
                    Streaming = new MeetingStreaming { Destination = new StreamingDestination { Url = new Uri("rtmp://a.rtmp.example/live2/key") }, StartTrigger = "prompt" },
                }, ct),
                "ListMeetings" => api.ListMeetingsAsync("c", 10, ["hostRoomUrl", "viewerRoomUrl"], ct),
                "GetMeeting" => api.GetMeetingAsync("1", ["hostRoomUrl"], ct),
                "DeleteMeeting" => api.DeleteMeetingAsync("1", ct),
                "NeutralCreate" => rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = end, Locked = true }, ct),
                "NeutralGet" => rooms.GetRoomAsync("1", ct),
                "NeutralList" => rooms.ListRoomsAsync(new RoomQuery { PageSize = 5 }, ct).GetAsyncEnumerator(ct).MoveNextAsync().AsTask(),
                "NeutralDelete" => rooms.DeleteRoomAsync("1", ct),
                "NeutralHostLink" => rooms.CreateParticipantLinkAsync("1", new ParticipantLinkRequest { Role = RoomParticipantRole.Host }, ct),
                "NeutralGuestLink" => rooms.CreateParticipantLinkAsync("1", new ParticipantLinkRequest { DisplayName = "Ada", ExternalParticipantId = "p-42" }, ct),
                "NeutralListRecordings" => rooms.ListRecordingsAsync("1", ct).GetAsyncEnumerator(ct).MoveNextAsync().AsTask(),
                "NeutralRecordingLink" => rooms.GetRecordingLinkAsync("1", "r1", ct),
                "NeutralDeleteRecording" => rooms.DeleteRecordingAsync("1", "r1", ct),
                "ListRecordings" => api.ListRecordingsAsync("/demo", "c", 10, "startDate:desc", ct),
                "GetRecording" => api.GetRecordingAsync("r1", ct),
                "DeleteRecording" => api.DeleteRecordingAsync("r1", ct),
                "RecordingAccessLink" => api.GetRecordingAccessLinkAsync("r1", 600, ct),
                "BulkDeleteRecordings" => api.BulkDeleteRecordingsAsync(new BulkDeleteRecordingsRequest { RecordingIds = ["r1"] }, ct),
                "CreateTranscription" => api.CreateTranscriptionAsync(new CreateTranscriptionRequest { RecordingId = "r1" }, ct),
                "ListTranscriptions" => api.ListTranscriptionsAsync("/demo", null, 10, "startDate:asc", ct),
                "GetTranscription" => api.GetTranscriptionAsync("t1", ct),
                "DeleteTranscription" => api.DeleteTranscriptionAsync("t1", ct),
                "TranscriptionAccessLink" => api.GetTranscriptionAccessLinkAsync("t1", 60, ct),
                "BulkDeleteTranscriptions" => api.BulkDeleteTranscriptionsAsync(new BulkDeleteTranscriptionsRequest { TranscriptionIds = ["t1"] }, ct),
                "CreateSummary" => api.CreateSummaryAsync(new CreateSummaryRequest { TranscriptionId = "t1", Template = "SOAP" }, ct),
                "ListSummaries" => api.ListSummariesAsync(null, 10, null, ct),
                "GetSummary" => api.GetSummaryAsync("s1", ct),
                "DeleteSummary" => api.DeleteSummaryAsync("s1", ct),
                "ThemeTokens" => api.SetRoomThemeTokensAsync("demo", new RoomThemeTokensRequest { Tokens = new RoomThemeTokens { Colors = new RoomThemeColors { Primary = "#112233", Secondary = "#445566", Focus = "#778899" } }, TokensPreset = "custom" }, ct),
                "LogoReset" => api.ResetRoomLogoAsync("demo", new RoomLogoReset(), ct),
                "BackgroundPreset" => api.SetRoomBackgroundPresetAsync("demo", new RoomBackgroundPreset { Theme = "mountains", Palette = "grey" }, ct),
                "KnockPreset" => api.SetKnockPageBackgroundPresetAsync("demo", new RoomBackgroundPreset { Theme = "rocks", Palette = "purple" }, ct),
                "InsightsRooms" => api.ListRoomInsightsAsync(roomNameExact: "/demo", createdFrom: DateTimeOffset.UtcNow.AddDays(-7), createdTo: DateTimeOffset.UtcNow, sortBy: "totalSessions:asc", limit: 30, cancellationToken: ct),
                "InsightsRoomSessions" => api.ListRoomSessionInsightsAsync("/demo", "s1", null, null, 10, ct),
                "InsightsParticipants" => api.ListParticipantInsightsAsync("s1", null, "joinedAt:asc", null, 10, ct),
                "InsightsParticipant" => api.GetParticipantQualityAsync("s1", "p1", ct),
                _ => throw new ArgumentOutOfRangeException(nameof(operation)),
            };
            await call;
        }
        catch (RoomServiceException ex) when (ex.StatusCode == HttpStatusCode.NotFound && ex.Message.Contains("NO_PATH_MATCHED", StringComparison.Ordinal))
        {
            Assert.Fail($"{operation}: the path is not an operation of the OpenAPI file: {ex.Message}");
        }
        catch (RoomServiceException ex) when (ex.StatusCode != (HttpStatusCode)422)
        {
            // Prism's answer may not be what our DTOs expect (its examples are partial); only the request is under test here.
        }
        catch (RoomValidationException ex) when (ex.StatusCode == (HttpStatusCode)422)
        {
            Assert.Fail($"{operation}: Prism rejected the request: {ex.ProviderMessage} {ex.Message}");
        }
    }
}

/// <summary>Prism serving Whereby's published OpenAPI file as it is.</summary>
public sealed class WherebyPrism() : PrismServer("whereby", "whereby.openapi.json");
