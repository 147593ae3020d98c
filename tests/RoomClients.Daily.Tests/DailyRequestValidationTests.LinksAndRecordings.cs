using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static RoomClients.Daily.Tests.DailyJson;

namespace RoomClients.Daily.Tests;

/// <summary>Participant links and recordings: the token bodies and the recordings queries the adapter sends, against the same tables.</summary>
public sealed partial class DailyRequestValidationTests
{
    [Fact]
    public async Task Every_participant_link_token_body_matches_the_field_tables()
    {
        await using var host = new DailyTestHost(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        host.Answer("GET", "/v1/rooms/consult-1", 200, Room(config: """{"exp":1795435200,"enable_recording":"cloud"}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());
        var ct = TestContext.Current.CancellationToken;
        foreach (var role in Enum.GetValues<RoomParticipantRole>())
        {
            await host.Rooms.CreateParticipantLinkAsync("consult-1", new ParticipantLinkRequest { Role = role }, ct);
            await host.Rooms.CreateParticipantLinkAsync(
                "consult-1", new ParticipantLinkRequest { Role = role, DisplayName = "Ada", ExternalParticipantId = "patient-42", ExpiresAt = Now.AddHours(1) }, ct);
        }

        var tokens = host.Requests.Where(r => r.RequestMessage!.Path == "/v1/meeting-tokens").ToList();
        Assert.Equal(6, tokens.Count);
        foreach (var token in tokens)
        {
            var body = Body(token).AsObject();
            Valid(body, Table("CreateMeetingTokenRequest"), "POST /meeting-tokens");
            Valid(body["properties"]!, TokenProperties, "POST /meeting-tokens.properties");
        }
    }

    [Fact]
    public async Task The_recordings_queries_use_the_documented_parameters()
    {
        await using var host = new DailyTestHost();
        var page = string.Join(',', Enumerable.Range(0, 100).Select(i => $$"""{"id":"rec-{{i}}","room_name":"consult-1","status":"finished"}"""));
        host.Answer("GET", "/v1/recordings", 200, $$"""{"total_count":150,"data":[{{page}}]}""");
        host.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/recordings").WithParam("starting_after", "rec-99").UsingGet()).AtPriority(-1)
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"total_count":150,"data":[]}"""));
        await foreach (var _ in host.Rooms.ListRecordingsAsync("consult-1", TestContext.Current.CancellationToken))
        {
        }

        var parameters = Table("RecordingsApi");
        var lists = host.Requests.Where(r => r.RequestMessage!.Path == "/v1/recordings").ToList();
        Assert.Equal(2, lists.Count);
        foreach (var request in lists)
        {
            foreach (var (name, values) in request.RequestMessage!.Query!)
            {
                Assert.True(parameters.TryGetValue(name, out var field), $"GET /recordings?{name}: not a documented parameter");
                var value = Assert.Single(values);
                Assert.True(field.Type != "**Integer**" || long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _), $"{name}={value}: not an integer");
            }
        }
    }
}
