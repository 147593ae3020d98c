using System.Text.Json;
using System.Text.Json.Nodes;
using RoomClients.Vectera.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.Vectera.Tests;

/// <summary>
/// The routes and examples of ../shared/specs/vectera.md and seed 000 (Vectera publishes no OpenAPI file): the routes that
/// were missing (organizations, subscription, reset, settings, permissions, include=), every documented request body
/// serialized back to its documented shape, every documented answer read, and answers looser than the models.
/// </summary>
public sealed class VecteraDocumentedExamplesTests
{
    private const string RoomJson = """{"id":"r-1","key":"meeting-room-1","url":"https://www.vectera.com/meeting-room-1","ownerId":"u-1","dateCreated":"2021-01-01T00:00","locked":true,"trashed":false}""";
    private const string UserJson = """{"id":"u-1","fullName":"Ada Admin","email":"ada@example.com","shortName":"Ada","organizationId":"org-1","dateJoined":"2021-01-01T00:00"}""";
    private const string OrgJson = """{"id":"org-1","name":"Acme","dateCreated":"2021-01-01T00:00:00Z"}""";
    private const string SettingsJson = """{"showPrivateNotes":true,"presenterMode":false,"forwardUrl":"https://example.com/thanks"}""";
    private const string PermissionJson = """{"id":"p-1","meetingRoomId":"r-1","accessLevel":"is_host","accessKey":"abcdefghijklmnopqrstuvwxyzabcd","email":"guest@example.com"}""";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, VecteraApiRequestTests.Case> Cases = new()
    {
        ["ListMeetingRoomsInclude"] = new(
            async api => await api.ListMeetingRoomsAsync("owner,settings", page: 1, perPage: 10, cancellationToken: Ct),
            "GET", "/api/v2/meetingRooms", "include=owner%2Csettings&page=1&perPage=10", null, 200, $"[{RoomJson}]",
            r => Assert.Equal("r-1", Assert.Single(Assert.IsType<IList<MeetingRoom>>(r, exactMatch: false)).Id)),
        ["GetMeetingRoomInclude"] = new(
            async api => await api.GetMeetingRoomAsync("r-1", "owner", Ct),
            "GET", "/api/v2/meetingRooms/r-1", "include=owner", null, 200, RoomJson,
            r => Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), Assert.IsType<MeetingRoom>(r).DateCreated)),
        ["CreateMeetingRoomInclude"] = new(
            async api => await api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { Key = "meeting-room-1" }, "owner", Ct),
            "POST", "/api/v2/meetingRooms", "include=owner", """{"key":"meeting-room-1"}""", 201, RoomJson,
            r => Assert.Equal("meeting-room-1", Assert.IsType<MeetingRoom>(r).Key)),
        ["GetCurrentUserInclude"] = new(
            async api => await api.GetCurrentUserAsync("organization", Ct),
            "GET", "/api/v2/users/me", "include=organization", null, 200, UserJson,
            r => Assert.Equal("org-1", Assert.IsType<VecteraUser>(r).OrganizationId)),
        ["ResetMeetingRoom"] = new(
            async api => await api.ResetMeetingRoomAsync("r-1", Ct),
            "PATCH", "/api/v2/meetingRooms/r-1/reset", null, null, 200, RoomJson,
            r => Assert.Equal("r-1", Assert.IsType<MeetingRoom>(r).Id)),
        ["GetMeetingRoomSettings"] = new(
            async api => await api.GetMeetingRoomSettingsAsync("r-1", Ct),
            "GET", "/api/v2/meetingRooms/r-1/settings", null, null, 200, SettingsJson,
            r => Assert.Equal("https://example.com/thanks", Assert.IsType<MeetingRoomSettings>(r).ForwardUrl)),
        ["UpdateMeetingRoomSettings"] = new(
            async api => await api.UpdateMeetingRoomSettingsAsync("r-1", new MeetingRoomSettings { ShowPrivateNotes = true, PresenterMode = false, ForwardUrl = "https://example.com/thanks" }, Ct),
            "PUT", "/api/v2/meetingRooms/r-1/settings", null, SettingsJson, 200, SettingsJson,
            r => Assert.True(Assert.IsType<MeetingRoomSettings>(r).ShowPrivateNotes)),
        ["CreatePermission"] = new(
            async api => await api.CreatePermissionAsync(new CreatePermissionRequest { MeetingRoomId = "r-1", AccessLevel = VecteraAccessLevel.IsHost, Email = "guest@example.com", InviteMessage = "Welcome" }, Ct),
            "POST", "/api/v2/permissions", null, """{"meetingRoomId":"r-1","accessLevel":"is_host","email":"guest@example.com","inviteMessage":"Welcome"}""", 201, PermissionJson,
            r => Assert.Equal(30, Assert.IsType<MeetingRoomAccessKey>(r).AccessKey!.Length)),
        ["CreateOrganization"] = new(
            async api => await api.CreateOrganizationAsync(new CreateOrganizationRequest { Name = "Acme" }, Ct),
            "POST", "/api/v2/organizations", null, """{"name":"Acme"}""", 201, OrgJson,
            r => Assert.Equal("Acme", Assert.IsType<VecteraOrganization>(r).Name)),
        ["GetOrganization"] = new(
            async api => await api.GetOrganizationAsync("org-1", Ct),
            "GET", "/api/v2/organizations/org-1", null, null, 200, OrgJson,
            r => Assert.Equal("2021-01-01T00:00:00Z", Assert.IsType<VecteraOrganization>(r).AdditionalFields!["dateCreated"].GetString())),
        ["UpdateOrganization"] = new(
            async api => await api.UpdateOrganizationAsync("org-1", new UpdateOrganizationRequest { Name = "Acme Ltd" }, Ct),
            "PATCH", "/api/v2/organizations/org-1", null, """{"name":"Acme Ltd"}""", 200, OrgJson,
            r => Assert.IsType<VecteraOrganization>(r)),
        ["DeleteOrganization"] = new(
            async api => { await api.DeleteOrganizationAsync("org-1", Ct); return null; },
            "DELETE", "/api/v2/organizations/org-1", null, null, 204, null, Assert.Null),
        ["ListOrganizationMembers"] = new(
            async api => await api.ListOrganizationMembersAsync("org-1", 2, 5, Ct),
            "GET", "/api/v2/organizations/org-1/members", "page=2&perPage=5", null, 200, $"[{UserJson}]",
            r => Assert.Equal("Ada", Assert.Single(Assert.IsType<IList<VecteraUser>>(r, exactMatch: false)).ShortName)),
        ["GetSubscription"] = new(
            async api => await api.GetSubscriptionAsync("org-1", Ct),
            "GET", "/api/v2/organizations/org-1/subscription", null, null, 200, """{"plan":"business","seats":10}""",
            r => Assert.Equal(10, Assert.IsType<VecteraSubscription>(r).Fields!["seats"].GetInt32())),
        ["UpdateSubscription"] = new(
            async api => await api.UpdateSubscriptionAsync("org-1", new UpdateSubscriptionRequest { Fields = new Dictionary<string, JsonElement> { ["seats"] = JsonSerializer.SerializeToElement(12, VecteraJsonContext.Default.Int32) } }, Ct),
            "PATCH", "/api/v2/organizations/org-1/subscription", null, """{"seats":12}""", 200, """{"plan":"business","seats":12}""",
            r => Assert.Equal(12, Assert.IsType<VecteraSubscription>(r).Fields!["seats"].GetInt32())),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public Task A_documented_route_sends_the_exact_request_and_reads_the_answer(string name) =>
        VecteraApiRequestTests.RunAsync(name, Cases[name]); // the same runner (and assertions) as every other route

    [Fact]
    public void The_api_has_every_documented_route()
    {
        var routes = typeof(IVecteraApi).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(Refit.HttpMethodAttribute), false).Cast<Refit.HttpMethodAttribute>())
            .Select(a => $"{a.Method.Method} {a.Path}")
            .ToHashSet(StringComparer.Ordinal);

        string[] documented =
        [
            "GET /users", "GET /users/me", "POST /users", "GET /users/{id}", "PATCH /users/{id}", "DELETE /users/{id}",
            "POST /users/{id}/loginTokens", "GET /users/{userId}/meetingRoomTemplates", "OPTIONS /users",
            "POST /organizations", "GET /organizations/{id}", "PATCH /organizations/{id}", "DELETE /organizations/{id}",
            "GET /organizations/{id}/members", "GET /organizations/{id}/subscription", "PATCH /organizations/{id}/subscription",
            "GET /organizations/{organizationId}/meetingRoomTemplates",
            "GET /meetingRooms", "POST /meetingRooms", "GET /meetingRooms/{id}", "PATCH /meetingRooms/{id}", "PUT /meetingRooms/{id}",
            "PATCH /meetingRooms/{id}/reset", "DELETE /meetingRooms/{id}", "GET /meetingRooms/{id}/settings", "PUT /meetingRooms/{id}/settings",
            "OPTIONS /meetingRooms", "OPTIONS /meetingRooms/{id}", "POST /permissions",
            "GET /meetingRoomTemplates/{id}", "POST /meetingRoomTemplates", "OPTIONS /meetingRoomTemplates",
        ];
        Assert.Equal(32, documented.Length);
        Assert.Equal([], documented.Where(d => !routes.Contains(d)).ToArray());
        Assert.Equal([], routes.Where(r => !documented.Contains(r)).ToArray());
    }

    public static TheoryData<string, string> DocumentedRequests => new()
    {
        // H-GEN / H-TPL: a room (from a template), with its documented fields.
        { "CreateMeetingRoom", """{"key":"meeting-room-1","templateId":"t-1","ownerId":"u-1","publicAccessLevel":"should_knock"}""" },
        // H-TPL: a template by name, and from a room.
        { "CreateTemplate", """{"name":"Advice session"}""" },
        { "CreateTemplateFromRoom", """{"sourceMeetingId":"r-1","name":"Advice session"}""" },
        // H-USR: a team member, every documented field.
        { "CreateUser", """{"firstName":"Steve","email":"steve@example.com","organizationId":"org-1","lastName":"Jobs","password":"s3cret-Pa55","isManaged":true}""" },
        // TS3: settings and a permission.
        { "Settings", SettingsJson },
        { "Permission", """{"meetingRoomId":"r-1","accessLevel":"can_always_join","userId":"u-2","inviteMessage":"Hi"}""" },
    };

    [Theory]
    [MemberData(nameof(DocumentedRequests))]
    public void A_documented_request_body_round_trips_to_the_same_json(string kind, string json)
    {
        var ctx = VecteraJsonContext.Default;
        string written = kind switch
        {
            "CreateMeetingRoom" => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ctx.CreateMeetingRoomRequest)!, ctx.CreateMeetingRoomRequest),
            "CreateTemplate" or "CreateTemplateFromRoom" => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ctx.CreateMeetingRoomTemplateRequest)!, ctx.CreateMeetingRoomTemplateRequest),
            "CreateUser" => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ctx.CreateUserRequest)!, ctx.CreateUserRequest),
            "Settings" => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ctx.MeetingRoomSettings)!, ctx.MeetingRoomSettings),
            "Permission" => JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ctx.CreatePermissionRequest)!, ctx.CreatePermissionRequest),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"{kind}: documented {json}\nwritten {written}");
    }

    [Fact]
    public void Documented_and_looser_answers_are_read_without_error()
    {
        var ctx = VecteraJsonContext.Default;

        // The fields REF says to rely on, with the filter guide's date form (no seconds, no offset).
        var room = JsonSerializer.Deserialize(RoomJson, ctx.MeetingRoom)!;
        Assert.Equal(("r-1", "meeting-room-1", "u-1", true, false), (room.Id, room.Key, room.OwnerId, room.Locked, room.Trashed));
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), room.DateCreated);

        // A hostile or older server: booleans as strings, a numeric id, a Unix date, a relative url.
        var loose = JsonSerializer.Deserialize("""{"id":42,"key":"k","url":"/k","ownerId":7,"dateCreated":1609459200,"locked":"true","trashed":0}""", ctx.MeetingRoom)!;
        Assert.Equal(("42", "7", true, false), (loose.Id, loose.OwnerId, loose.Locked, loose.Trashed));
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), loose.DateCreated);
        Assert.Equal("/k", loose.Url!.OriginalString);

        // A date that is not one reads as null rather than failing the answer.
        Assert.Null(JsonSerializer.Deserialize("""{"id":"u","dateJoined":"yesterday","isManaged":"maybe"}""", ctx.VecteraUser)!.DateJoined);

        var user = JsonSerializer.Deserialize(UserJson, ctx.VecteraUser)!;
        Assert.Equal(("u-1", "Ada Admin", "ada@example.com", "Ada", "org-1"), (user.Id, user.FullName, user.Email, user.ShortName, user.OrganizationId));

        var permission = JsonSerializer.Deserialize(PermissionJson, ctx.MeetingRoomAccessKey)!;
        Assert.Equal(("p-1", "r-1", "is_host", "guest@example.com"), (permission.Id, permission.MeetingRoomId, permission.AccessLevel, permission.Email));
    }

    [Fact]
    public async Task The_simulator_answers_every_new_route()
    {
        await using var v = new SimulatedVectera();
        var api = v.Api;

        var me = await api.GetCurrentUserAsync("organization", Ct);
        Assert.Equal(v.Simulator.OrganizationId, me.AdditionalFields!["organization"].GetProperty("id").GetString());

        var org = await api.GetOrganizationAsync(v.Simulator.OrganizationId, Ct);
        Assert.Equal("Simulated team", org.Name);
        Assert.Equal("Team A", (await api.UpdateOrganizationAsync(org.Id, new UpdateOrganizationRequest { Name = "Team A" }, Ct)).Name);
        Assert.Equal(me.Id, Assert.Single(await api.ListOrganizationMembersAsync(org.Id, cancellationToken: Ct)).Id);

        var subscription = await api.GetSubscriptionAsync(org.Id, Ct);
        Assert.Equal(10, subscription.Fields!["seats"].GetInt32());
        var more = await api.UpdateSubscriptionAsync(org.Id, new UpdateSubscriptionRequest { Fields = new Dictionary<string, JsonElement> { ["seats"] = JsonSerializer.SerializeToElement(25, VecteraJsonContext.Default.Int32) } }, Ct);
        Assert.Equal(25, more.Fields!["seats"].GetInt32());

        var room = await api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { Key = "sales" }, "owner", Ct);
        Assert.Equal(me.Id, room.AdditionalFields!["owner"].GetProperty("id").GetString());
        Assert.Equal(me.Id, (await api.GetMeetingRoomAsync(room.Id, "owner", Ct)).AdditionalFields!["owner"].GetProperty("id").GetString());
        Assert.True(Assert.Single(await api.ListMeetingRoomsAsync("owner", cancellationToken: Ct)).AdditionalFields!.ContainsKey("owner"));

        Assert.False((await api.GetMeetingRoomSettingsAsync(room.Id, Ct)).PresenterMode);
        var settings = await api.UpdateMeetingRoomSettingsAsync(room.Id, new MeetingRoomSettings { PresenterMode = true, ShowPrivateNotes = true, ForwardUrl = "https://example.com/bye" }, Ct);
        Assert.Equal((true, true, "https://example.com/bye"), (settings.PresenterMode, settings.ShowPrivateNotes, settings.ForwardUrl));
        Assert.Equal("https://example.com/bye", (await api.GetMeetingRoomSettingsAsync(room.Id, Ct)).ForwardUrl);
        await Assert.ThrowsAsync<RoomValidationException>(() => api.UpdateMeetingRoomSettingsAsync(room.Id, new MeetingRoomSettings { ForwardUrl = "not a url" }, Ct));

        Assert.Equal(room.Id, (await api.ResetMeetingRoomAsync(room.Id, Ct)).Id);
        Assert.Equal(1, v.Simulator.ResetCount);
        Assert.Null((await api.GetMeetingRoomSettingsAsync(room.Id, Ct)).ForwardUrl);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => api.ResetMeetingRoomAsync("missing", Ct));

        var key = await api.CreatePermissionAsync(new CreatePermissionRequest { MeetingRoomId = room.Id, AccessLevel = VecteraAccessLevel.IsHost, Email = "guest@example.com" }, Ct);
        Assert.Equal((room.Id, "is_host", 30), (key.MeetingRoomId, key.AccessLevel, key.AccessKey!.Length));
        await Assert.ThrowsAsync<RoomValidationException>(() => api.CreatePermissionAsync(new CreatePermissionRequest { MeetingRoomId = room.Id, Email = "a@example.com", UserId = me.Id }, Ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => api.CreatePermissionAsync(new CreatePermissionRequest { MeetingRoomId = room.Id, AccessLevel = new VecteraAccessLevel("owner") }, Ct));
        Assert.Equal(1, v.Simulator.PermissionCount);

        var created = await api.CreateOrganizationAsync(new CreateOrganizationRequest { Name = "Second" }, Ct);
        Assert.Equal("Second", (await api.GetOrganizationAsync(created.Id, Ct)).Name);
        await api.DeleteOrganizationAsync(created.Id, Ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => api.GetOrganizationAsync(created.Id, Ct));
        await Assert.ThrowsAsync<RoomValidationException>(() => api.CreateOrganizationAsync(new CreateOrganizationRequest { Name = "" }, Ct));
    }
}
