using System.Text.Json.Nodes;
using RoomClients.Vectera.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vectera.Tests;

/// <summary>Every IVecteraApi operation: the exact request sent (method, path, query, auth, JSON body) and the result read back.</summary>
public sealed class VecteraApiRequestTests
{
    private const string RoomJson = """{"id":"5b7f0c9e-1111-4c3a-9d7e-000000000001","key":"meeting-room-1","url":"https://www.vectera.com/meeting-room-1","ownerId":"u-1","dateCreated":"2026-01-02T03:04:05.123456Z","locked":true,"trashed":false,"publicAccessLevel":"should_knock","teamAccessLevel":"can_always_join","size":12,"unknownField":{"a":1}}""";
    private const string TemplateJson = """{"id":"t-1","name":"Advice session","ownerId":"u-1"}""";
    private const string UserJson = """{"id":"u-2","email":"steve@example.com","firstName":"Steve","lastName":"Jobs","fullName":"Steve Jobs","shortName":"Steve","organizationId":"org-1","isManaged":true,"dateJoined":"2021-02-01T00:00:00Z"}""";
    private const string OptionsJson = """{"name":"Meeting Room List","description":"","renders":["application/json"],"parses":["application/json"],"actions":{"POST":{"key":{"type":"string","required":false,"read_only":false,"label":"Key","max_length":100},"publicAccessLevel":{"type":"choice","required":false,"read_only":false,"label":"Public access level","choices":[{"value":"can_always_join","display_name":"Can always join"},{"value":"should_knock","display_name":"Should knock"}]}}}}""";

    public sealed record Case(
        Func<IVecteraApi, Task<object?>> Call,
        string Method,
        string Path,
        string? Query,
        string? Body,
        int Status,
        string? ResponseBody,
        Action<object?> Check);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["ListMeetingRooms"] = new(
            async api => await api.ListMeetingRoomsAsync(2, 25, "sales", "isTrashed = false", "-dateCreated,key"),
            "GET", "/api/v2/meetingRooms", "page=2&perPage=25&search=sales&filter=isTrashed%20%3D%20false&orderBy=-dateCreated%2Ckey", null,
            200, $"[{RoomJson}]",
            r => Assert.Equal("meeting-room-1", Assert.Single(Assert.IsType<IList<MeetingRoom>>(r, exactMatch: false)).Key)),
        ["CreateMeetingRoom"] = new(
            async api => await api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { Key = "meeting-room-1", OwnerId = "u-1", PublicAccessLevel = VecteraAccessLevel.ShouldKnock, TeamAccessLevel = VecteraAccessLevel.CanAlwaysJoin }),
            "POST", "/api/v2/meetingRooms", null,
            """{"key":"meeting-room-1","ownerId":"u-1","publicAccessLevel":"should_knock","teamAccessLevel":"can_always_join"}""",
            201, RoomJson,
            r =>
            {
                var room = Assert.IsType<MeetingRoom>(r);
                Assert.Equal(new Uri("https://www.vectera.com/meeting-room-1"), room.Url);
                Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234560), room.DateCreated);
                Assert.Equal(12, room.AdditionalFields!["size"].GetInt32());
            }),
        ["CreateMeetingRoomFromTemplate"] = new(
            async api => await api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { TemplateId = "t-1", Key = "meeting-room-1" }),
            "POST", "/api/v2/meetingRooms", null, """{"key":"meeting-room-1","templateId":"t-1"}""",
            201, RoomJson, r => Assert.Equal("meeting-room-1", Assert.IsType<MeetingRoom>(r).Key)),
        ["GetMeetingRoom"] = new(
            async api => await api.GetMeetingRoomAsync("r-1"),
            "GET", "/api/v2/meetingRooms/r-1", null, null, 200, RoomJson,
            r => Assert.True(Assert.IsType<MeetingRoom>(r).Locked)),
        ["UpdateMeetingRoom"] = new(
            async api => await api.UpdateMeetingRoomAsync("r-1", new UpdateMeetingRoomRequest { PublicAccessLevel = VecteraAccessLevel.CanAlwaysJoin }),
            "PATCH", "/api/v2/meetingRooms/r-1", null, """{"publicAccessLevel":"can_always_join"}""", 200, RoomJson,
            r => Assert.IsType<MeetingRoom>(r)),
        ["ReplaceMeetingRoom"] = new(
            async api => await api.ReplaceMeetingRoomAsync("r-1", new UpdateMeetingRoomRequest { Key = "new-key", OwnerId = "u-2" }),
            "PUT", "/api/v2/meetingRooms/r-1", null, """{"key":"new-key","ownerId":"u-2"}""", 200, RoomJson,
            r => Assert.IsType<MeetingRoom>(r)),
        ["DeleteMeetingRoom"] = new(
            async api => { await api.DeleteMeetingRoomAsync("r-1"); return null; },
            "DELETE", "/api/v2/meetingRooms/r-1", null, null, 204, null, Assert.Null),
        ["DescribeMeetingRooms"] = new(
            async api => await api.DescribeMeetingRoomsAsync(),
            "OPTIONS", "/api/v2/meetingRooms", null, null, 200, OptionsJson,
            r =>
            {
                var fields = Assert.IsType<EndpointDescription>(r).Actions!["POST"];
                Assert.Equal(100, fields["key"].MaxLength);
                Assert.Equal(["can_always_join", "should_knock"], fields["publicAccessLevel"].Choices!.Select(c => c.Value.GetString()));
            }),
        ["DescribeMeetingRoom"] = new(
            async api => await api.DescribeMeetingRoomAsync("r-1"),
            "OPTIONS", "/api/v2/meetingRooms/r-1", null, null, 200, OptionsJson,
            r => Assert.Equal("Meeting Room List", Assert.IsType<EndpointDescription>(r).Name)),
        ["ListUserTemplates"] = new(
            async api => await api.ListUserTemplatesAsync("me"),
            "GET", "/api/v2/users/me/meetingRoomTemplates", null, null, 200, $"[{TemplateJson}]",
            r => Assert.Equal("Advice session", Assert.Single(Assert.IsType<IList<MeetingRoomTemplate>>(r, exactMatch: false)).Name)),
        ["ListOrganizationTemplates"] = new(
            async api => await api.ListOrganizationTemplatesAsync("org-1"),
            "GET", "/api/v2/organizations/org-1/meetingRoomTemplates", null, null, 200, $"[{TemplateJson}]",
            r => Assert.Equal("t-1", Assert.Single(Assert.IsType<IList<MeetingRoomTemplate>>(r, exactMatch: false)).Id)),
        ["GetTemplate"] = new(
            async api => await api.GetTemplateAsync("t-1"),
            "GET", "/api/v2/meetingRoomTemplates/t-1", null, null, 200, TemplateJson,
            r => Assert.Equal("u-1", Assert.IsType<MeetingRoomTemplate>(r).AdditionalFields!["ownerId"].GetString())),
        ["CreateTemplate"] = new(
            async api => await api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { Name = "Advice session" }),
            "POST", "/api/v2/meetingRoomTemplates", null, """{"name":"Advice session"}""", 201, TemplateJson,
            r => Assert.Equal("t-1", Assert.IsType<MeetingRoomTemplate>(r).Id)),
        ["CreateTemplateFromRoom"] = new(
            async api => await api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { SourceMeetingId = "r-1", Name = "Advice session" }),
            "POST", "/api/v2/meetingRoomTemplates", null, """{"name":"Advice session","sourceMeetingId":"r-1"}""", 201, TemplateJson,
            r => Assert.Equal("t-1", Assert.IsType<MeetingRoomTemplate>(r).Id)),
        ["DescribeTemplates"] = new(
            async api => await api.DescribeTemplatesAsync(),
            "OPTIONS", "/api/v2/meetingRoomTemplates", null, null, 200, OptionsJson,
            r => Assert.NotNull(Assert.IsType<EndpointDescription>(r).Actions)),
        ["ListUsers"] = new(
            async api => await api.ListUsersAsync(1, 10, null, "dateJoined > 2021-01-01T00:00", "-dateJoined"),
            "GET", "/api/v2/users", "page=1&perPage=10&filter=dateJoined%20%3E%202021-01-01T00%3A00&orderBy=-dateJoined", null,
            200, $"[{UserJson}]",
            r => Assert.Equal("Steve Jobs", Assert.Single(Assert.IsType<IList<VecteraUser>>(r, exactMatch: false)).FullName)),
        ["GetCurrentUser"] = new(
            async api => await api.GetCurrentUserAsync(),
            "GET", "/api/v2/users/me", null, null, 200, UserJson,
            r => Assert.Equal("org-1", Assert.IsType<VecteraUser>(r).OrganizationId)),
        ["GetUser"] = new(
            async api => await api.GetUserAsync("u-2"),
            "GET", "/api/v2/users/u-2", null, null, 200, UserJson,
            r => Assert.Equal(new DateTimeOffset(2021, 2, 1, 0, 0, 0, TimeSpan.Zero), Assert.IsType<VecteraUser>(r).DateJoined)),
        ["CreateUser"] = new(
            async api => await api.CreateUserAsync(new CreateUserRequest { FirstName = "Steve", Email = "steve@example.com", OrganizationId = "org-1", LastName = "Jobs", IsManaged = true }),
            "POST", "/api/v2/users", null,
            """{"firstName":"Steve","email":"steve@example.com","organizationId":"org-1","lastName":"Jobs","isManaged":true}""",
            201, UserJson, r => Assert.True(Assert.IsType<VecteraUser>(r).IsManaged)),
        ["UpdateUser"] = new(
            async api => await api.UpdateUserAsync("u-2", new UpdateUserRequest { LastName = "Wozniak" }),
            "PATCH", "/api/v2/users/u-2", null, """{"lastName":"Wozniak"}""", 200, UserJson,
            r => Assert.IsType<VecteraUser>(r)),
        ["DeleteUser"] = new(
            async api => { await api.DeleteUserAsync("u-2"); return null; },
            "DELETE", "/api/v2/users/u-2", null, null, 204, null, Assert.Null),
        ["CreateLoginToken"] = new(
            async api => await api.CreateLoginTokenAsync("u-2"),
            "POST", "/api/v2/users/u-2/loginTokens", null, null,
            201, """{"url":"https://www.vectera.com/login/abc123","expires":"2026-01-01T00:00:00Z"}""",
            r =>
            {
                var token = Assert.IsType<LoginToken>(r);
                Assert.Equal(new Uri("https://www.vectera.com/login/abc123"), token.Url);
                Assert.Equal("2026-01-01T00:00:00Z", token.AdditionalFields!["expires"].GetString());
            }),
        ["DescribeUsers"] = new(
            async api => await api.DescribeUsersAsync(),
            "OPTIONS", "/api/v2/users", null, null, 200, OptionsJson,
            r => Assert.IsType<EndpointDescription>(r)),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public Task Sends_the_exact_request_and_reads_the_answer(string name) => RunAsync(name, Cases[name]);

    /// <summary>Sends one case through the typed API against WireMock and asserts the exact request and the answer read (shared with the documented-examples suite).</summary>
    internal static async Task RunAsync(string name, Case c)
    {
        await using var host = new VecteraTestHost();
        var response = Response.Create().WithStatusCode(c.Status);
        if (c.ResponseBody is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(c.ResponseBody);
        }

        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);

        var result = await c.Call(host.Api);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal(c.Method, sent.Method);
        Assert.Equal(c.Path, sent.AbsolutePath);
        Assert.Equal(c.Query, sent.RawQuery is { Length: > 0 } q ? q.TrimStart('?') : null);
        Assert.Equal($"Token {VecteraTestHost.ApiToken}", Assert.Single(sent.Headers!["Authorization"]));
        if (c.Body is null)
        {
            Assert.True(string.IsNullOrEmpty(sent.Body), $"{name} should send no body; sent {sent.Body}");
        }
        else
        {
            Assert.StartsWith("application/json", Assert.Single(sent.Headers!["Content-Type"]), StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(c.Body), JsonNode.Parse(sent.Body!)), $"{name}: expected {c.Body}, sent {sent.Body}");
        }

        c.Check(result);
    }

    [Fact]
    public async Task A_base_address_without_trailing_slash_and_a_custom_domain_keep_the_api_path()
    {
        await using var host = new VecteraTestHost();
        await using var custom = new VecteraTestHost(o => o.BaseAddress = new Uri(host.Server.Url + "/api/v2"));
        custom.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(UserJson));
        host.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(UserJson));

        await custom.Api.GetCurrentUserAsync(TestContext.Current.CancellationToken);

        Assert.Equal("/api/v2/users/me", host.SingleRequest().RequestMessage!.AbsolutePath);
        Assert.Empty(custom.Requests);
    }
}
