using System.Net;
using System.Text.Json.Nodes;
using RoomClients.Vectera.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vectera.Tests;

/// <summary>The neutral adapter: what it sends, what it maps back, and what it refuses before sending.</summary>
public sealed class VecteraRoomServiceTests
{
    private const string RoomJson = """{"id":"r-1","key":"meeting-room-1","url":"https://www.vectera.com/meeting-room-1","ownerId":"u-1","dateCreated":"2026-01-02T03:04:05Z","locked":true,"trashed":false,"publicAccessLevel":"should_knock"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static VecteraTestHost HostAnswering(int status, string? body)
    {
        var host = new VecteraTestHost();
        var response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
        return host;
    }

    [Fact]
    public async Task Create_sends_template_key_owner_and_lock_and_maps_the_room()
    {
        await using var host = HostAnswering(201, RoomJson);
        var room = await host.Rooms.CreateRoomAsync(new CreateRoomRequest
        {
            Kind = RoomKind.Permanent,
            TemplateId = "t-1",
            Locked = true,
            ProviderOptions = { new VecteraRoomOptions { Key = "meeting-room-1", OwnerId = "u-1", TeamAccessLevel = VecteraAccessLevel.CanAlwaysJoin } },
        }, Ct);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/api/v2/meetingRooms", sent.AbsolutePath);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"key":"meeting-room-1","templateId":"t-1","ownerId":"u-1","publicAccessLevel":"should_knock","teamAccessLevel":"can_always_join"}"""),
            JsonNode.Parse(sent.Body!)), sent.Body);

        Assert.Equal("r-1", room.Id);
        Assert.Equal(RoomProviders.Vectera, room.Provider);
        Assert.Equal(RoomKind.Permanent, room.Kind);
        Assert.Equal(new Uri("https://www.vectera.com/meeting-room-1"), room.JoinUrl);
        Assert.Null(room.HostUrl);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), room.CreatedAt);
        Assert.Equal("meeting-room-1", room.Metadata["key"]);
        Assert.Equal("u-1", room.Metadata["ownerId"]);
        Assert.IsType<MeetingRoom>(room.RawRepresentation);
    }

    [Fact]
    public async Task An_open_room_is_can_always_join_and_a_plain_room_sends_an_empty_object()
    {
        await using var host = HostAnswering(201, RoomJson);
        await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, Locked = false }, Ct);
        await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, Ct);
        Assert.Equal("""{"publicAccessLevel":"can_always_join"}""", host.Requests[0].RequestMessage!.Body);
        Assert.Equal("{}", host.Requests[1].RequestMessage!.Body);
    }

    public static TheoryData<string, CreateRoomRequest> Unsupported => new()
    {
        { "RoomKind.Instant", new CreateRoomRequest { Kind = RoomKind.Instant } },
        { "RoomKind.Scheduled", new CreateRoomRequest { Kind = RoomKind.Scheduled } },
        { "CreateRoomRequest.StartsAt", new CreateRoomRequest { Kind = RoomKind.Permanent, StartsAt = DateTimeOffset.UtcNow.AddHours(1) } },
        { "CreateRoomRequest.EndsAt", new CreateRoomRequest { Kind = RoomKind.Permanent, EndsAt = DateTimeOffset.UtcNow.AddHours(1) } },
        { "CreateRoomRequest.DisplayName", new CreateRoomRequest { Kind = RoomKind.Permanent, DisplayName = "Room" } },
        { "CreateRoomRequest.RecordAutomatically", new CreateRoomRequest { Kind = RoomKind.Permanent, RecordAutomatically = true } },
        { "CreateRoomRequest.Metadata", new CreateRoomRequest { Kind = RoomKind.Permanent, Metadata = { ["a"] = "b" } } },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task What_vectera_cannot_honour_is_refused_before_sending(string feature, CreateRoomRequest request)
    {
        await using var host = HostAnswering(201, RoomJson);
        var error = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.CreateRoomAsync(request, Ct));
        Assert.Contains(feature, error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Invalid_provider_options_are_refused_before_sending()
    {
        await using var host = HostAnswering(201, RoomJson);
        var both = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, ProviderOptions = { new VecteraRoomOptions { Key = "a", PreferredKey = "b" } } }, Ct));
        Assert.Equal("VecteraRoomOptions.PreferredKey", both.Field);
        var blank = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, ProviderOptions = { new VecteraRoomOptions { Key = " " } } }, Ct));
        Assert.Equal("VecteraRoomOptions.Key", blank.Field);
        var template = await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, TemplateId = "../x" }, Ct));
        Assert.Equal("TemplateId", template.Field);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Update_patches_only_what_is_set_and_refuses_what_vectera_lacks()
    {
        await using var host = HostAnswering(200, RoomJson);
        await host.Rooms.UpdateRoomAsync("r-1", new UpdateRoomRequest { Locked = false, ProviderOptions = { new VecteraRoomOptions { OwnerId = "u-2" } } }, Ct);
        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal("PATCH", sent.Method);
        Assert.Equal("/api/v2/meetingRooms/r-1", sent.AbsolutePath);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"ownerId":"u-2","publicAccessLevel":"can_always_join"}"""), JsonNode.Parse(sent.Body!)), sent.Body);

        await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => host.Rooms.UpdateRoomAsync("r-1", new UpdateRoomRequest { EndsAt = DateTimeOffset.UtcNow.AddDays(1) }, Ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => host.Rooms.UpdateRoomAsync("r-1", new UpdateRoomRequest(), Ct));
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Listing_asks_page_by_page_with_perPage_and_stops_on_a_short_page()
    {
        await using var host = new VecteraTestHost();
        host.Server.Given(Request.Create().UsingGet().WithParam("page", "1")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($"[{RoomJson},{RoomJson.Replace("r-1", "r-2", StringComparison.Ordinal)}]"));
        host.Server.Given(Request.Create().UsingGet().WithParam("page", "2")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($"[{RoomJson.Replace("r-1", "r-3", StringComparison.Ordinal)}]"));

        var ids = new List<string>();
        await foreach (var room in host.Rooms.ListRoomsAsync(new RoomQuery { PageSize = 2 }, Ct))
        {
            ids.Add(room.Id);
        }

        Assert.Equal(["r-1", "r-2", "r-3"], ids);
        Assert.Equal(["page=1&perPage=2", "page=2&perPage=2"], host.Requests.Select(r => r.RequestMessage!.RawQuery!.TrimStart('?')));
    }

    [Fact]
    public async Task The_capabilities_say_what_is_supported()
    {
        await using var host = new VecteraTestHost();
        var capabilities = host.Rooms.Capabilities;
        Assert.Equal([RoomKind.Permanent], capabilities.SupportedKinds);
        Assert.True(capabilities.CanUpdate);
        Assert.True(capabilities.SupportsTemplates);
        Assert.True(capabilities.SupportsLocking);
        Assert.False(capabilities.HasHostUrl);
        Assert.False(capabilities.SupportsDisplayName);
        Assert.Equal(100, capabilities.MaxPageSize);
    }

    [Theory]
    [InlineData(400, """{"key":["A meeting room with this key already exists."],"non_field_errors":["Bad."]}""", typeof(RoomValidationException), "key: A meeting room with this key already exists.; non_field_errors: Bad.")]
    [InlineData(401, """{"detail":"Invalid token."}""", typeof(RoomAuthenticationException), "Invalid token.")]
    [InlineData(403, """{"detail":"You do not have permission to perform this action.","code":"permission_denied"}""", typeof(RoomAuthenticationException), "You do not have permission to perform this action.")]
    [InlineData(404, """{"detail":"Not found."}""", typeof(RoomNotFoundException), "Not found.")]
    public async Task Error_bodies_are_read_into_the_typed_exceptions(int status, string body, Type expected, string message)
    {
        await using var host = HostAnswering(status, body);
        var error = await Assert.ThrowsAnyAsync<RoomServiceException>(() => host.Rooms.GetRoomAsync("r-1", Ct));
        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(message, error.ProviderMessage);
        Assert.Equal(RoomProviders.Vectera, error.Provider);
        if (status == 403)
        {
            Assert.Equal("permission_denied", error.ErrorCode);
        }
    }

    [Fact]
    public async Task An_answer_without_id_or_url_is_reported_not_mapped_to_a_broken_room()
    {
        await using var host = HostAnswering(200, """{"key":"x"}""");
        var error = await Assert.ThrowsAsync<RoomServiceException>(() => host.Rooms.GetRoomAsync("r-1", Ct));
        Assert.Contains("id, url", error.Message, StringComparison.Ordinal);
    }
}
