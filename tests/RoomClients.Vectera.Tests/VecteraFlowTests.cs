using RoomClients.Vectera.Models;

namespace RoomClients.Vectera.Tests;

/// <summary>The documented flows, end to end against the stateful simulator: the template flows of the seed, users and their login links, OPTIONS discovery, filter and sort.</summary>
public sealed class VecteraFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Templates_can_be_created_by_name_and_listed_for_the_user_and_the_organization()
    {
        await using var v = new SimulatedVectera();
        var created = await v.Api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { Name = "Advice session" }, Ct);
        Assert.Equal("Advice session", created.Name);

        var mine = await v.Api.ListUserTemplatesAsync("me", Ct);
        Assert.Equal(created.Id, Assert.Single(mine).Id);
        var me = await v.Api.GetCurrentUserAsync(Ct);
        var organization = await v.Api.ListOrganizationTemplatesAsync(me.OrganizationId!, Ct);
        Assert.Equal(created.Id, Assert.Single(organization).Id);
        Assert.Equal("Advice session", (await v.Api.GetTemplateAsync(created.Id, Ct)).Name);
    }

    [Fact]
    public async Task A_room_is_created_from_a_template_with_templateId_and_key()
    {
        await using var v = new SimulatedVectera();
        var template = await v.Api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { Name = "Advice session" }, Ct);

        var room = await v.Api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { TemplateId = template.Id, Key = "meeting-room-1" }, Ct);

        Assert.Equal("meeting-room-1", room.Key);
        Assert.Equal(template.Id, room.AdditionalFields!["templateId"].GetString());
        Assert.EndsWith("/meeting-room-1", room.Url!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_neutral_TemplateId_goes_through_the_from_template_call()
    {
        await using var v = new SimulatedVectera();
        var template = await v.Api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { Name = "Onboarding" }, Ct);

        var room = await v.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, TemplateId = template.Id, ProviderOptions = { new VecteraRoomOptions { Key = "onboarding-1" } } }, Ct);

        var raw = Assert.IsType<MeetingRoom>(room.RawRepresentation);
        Assert.Equal(template.Id, raw.AdditionalFields!["templateId"].GetString());
        Assert.Equal("onboarding-1", room.Metadata["key"]);
    }

    [Fact]
    public async Task A_room_is_saved_as_a_template_with_sourceMeetingId_and_name()
    {
        await using var v = new SimulatedVectera();
        var room = await v.Api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { Key = "prepared-room" }, Ct);

        var template = await v.Api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { SourceMeetingId = room.Id, Name = "From prepared room" }, Ct);

        Assert.Equal("From prepared room", template.Name);
        Assert.Equal(room.Id, template.AdditionalFields!["sourceMeetingId"].GetString());
        var fromTemplate = await v.Api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { TemplateId = template.Id }, Ct);
        Assert.NotEqual(room.Id, fromTemplate.Id);
    }

    [Fact]
    public async Task Unknown_template_or_source_room_is_a_validation_error_naming_the_field()
    {
        await using var v = new SimulatedVectera();
        var noTemplate = await Assert.ThrowsAsync<RoomValidationException>(() => v.Api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { TemplateId = "nope" }, Ct));
        Assert.Contains("templateId:", noTemplate.Message, StringComparison.Ordinal);
        var noRoom = await Assert.ThrowsAsync<RoomValidationException>(() => v.Api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { SourceMeetingId = "nope", Name = "x" }, Ct));
        Assert.Contains("sourceMeetingId:", noRoom.Message, StringComparison.Ordinal);
        var noName = await Assert.ThrowsAsync<RoomValidationException>(() => v.Api.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { Name = "" }, Ct));
        Assert.Contains("name: This field is required.", noName.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_are_created_read_updated_listed_and_deleted()
    {
        await using var v = new SimulatedVectera();
        var me = await v.Api.GetCurrentUserAsync(Ct);
        var steve = await v.Api.CreateUserAsync(new CreateUserRequest { FirstName = "Steve", Email = "steve@example.com", OrganizationId = me.OrganizationId!, IsManaged = true }, Ct);
        Assert.True(steve.IsManaged);

        var updated = await v.Api.UpdateUserAsync(steve.Id, new UpdateUserRequest { LastName = "Managed" }, Ct);
        Assert.Equal("Steve Managed", updated.FullName);
        Assert.Equal("Managed", (await v.Api.GetUserAsync(steve.Id, Ct)).LastName);

        var all = new List<VecteraUser>();
        await foreach (var user in v.Api.ListAllUsersAsync(new VecteraListOptions { Search = "steve" }, Ct))
        {
            all.Add(user);
        }

        Assert.Equal(steve.Id, Assert.Single(all).Id);
        await v.Api.DeleteUserAsync(steve.Id, Ct);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => v.Api.GetUserAsync(steve.Id, Ct));
    }

    [Fact]
    public async Task A_login_token_gives_a_url_that_logs_the_user_in()
    {
        await using var v = new SimulatedVectera();
        var me = await v.Api.GetCurrentUserAsync(Ct);
        var peter = await v.Api.CreateUserAsync(new CreateUserRequest { FirstName = "Peter", Email = "peter@example.com", OrganizationId = me.OrganizationId!, IsManaged = true }, Ct);

        var token = await v.Api.CreateLoginTokenAsync(peter.Id, Ct);

        Assert.NotNull(token.Url);
        Assert.True(token.Url.IsAbsoluteUri);
        Assert.Equal(1, v.Simulator.LoginTokenCount);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => v.Api.CreateLoginTokenAsync("nobody", Ct));
    }

    [Fact]
    public async Task Creating_a_user_without_the_required_fields_names_them()
    {
        await using var v = new SimulatedVectera();
        var error = await Assert.ThrowsAsync<RoomValidationException>(() => v.Api.CreateUserAsync(new CreateUserRequest { FirstName = "X", Email = "", OrganizationId = "" }, Ct));
        Assert.Contains("email: This field is required.", error.Message, StringComparison.Ordinal);
        Assert.Contains("organizationId: This field is required.", error.Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task Options_requests_describe_the_accepted_fields()
    {
        await using var v = new SimulatedVectera();
        var rooms = await v.Api.DescribeMeetingRoomsAsync(Ct);
        var post = rooms.Actions!["POST"];
        Assert.Contains("key", post.Keys);
        Assert.Contains("templateId", post.Keys);
        Assert.True(post["url"].ReadOnly);
        Assert.Equal([VecteraAccessLevel.CanAlwaysJoin.ToString(), VecteraAccessLevel.ShouldKnock.ToString()], post["publicAccessLevel"].Choices!.Select(c => c.Value.GetString()));

        var templates = await v.Api.DescribeTemplatesAsync(Ct);
        Assert.True(templates.Actions!["POST"]["name"].Required);
        var users = await v.Api.DescribeUsersAsync(Ct);
        Assert.All(["firstName", "email", "organizationId"], f => Assert.True(users.Actions!["POST"][f].Required));
    }

    [Fact]
    public async Task Filter_and_sort_select_and_order_rooms_across_lazy_pages()
    {
        await using var v = new SimulatedVectera();
        foreach (var key in (string[])["sales-b", "support-a", "sales-a", "sales-c", "other"])
        {
            await v.Api.CreateMeetingRoomAsync(new CreateMeetingRoomRequest { Key = key, PublicAccessLevel = key == "sales-c" ? VecteraAccessLevel.CanAlwaysJoin : (VecteraAccessLevel?)null }, Ct);
        }

        var options = new VecteraListOptions
        {
            Filter = VecteraFilter.Where("key", VecteraFilterOperator.Contains, "SALES").And(VecteraFilter.Where("isTrashed", VecteraFilterOperator.Equal, false)),
            OrderBy = { VecteraSort.Desc("key") },
            PageSize = 2,
        };
        var before = v.Simulator.RequestCount;
        var keys = new List<string?>();
        await foreach (var room in v.Api.ListAllMeetingRoomsAsync(options, Ct))
        {
            keys.Add(room.Key);
        }

        Assert.Equal(["sales-c", "sales-b", "sales-a"], keys);
        Assert.Equal(2, v.Simulator.RequestCount - before); // a full page of 2, then a short page of 1

        var open = new List<string?>();
        var openOptions = new VecteraListOptions { Filter = VecteraFilter.Where("publicAccessLevel", VecteraFilterOperator.Equal, VecteraAccessLevel.CanAlwaysJoin).Or(VecteraFilter.Where("key", VecteraFilterOperator.Equal, "other")), OrderBy = { VecteraSort.Asc("key") } };
        await foreach (var room in v.Api.ListAllMeetingRoomsAsync(openOptions, Ct))
        {
            open.Add(room.Key);
        }

        Assert.Equal(["other", "sales-c"], open);
    }

    [Fact]
    public async Task Rooms_are_updated_with_patch_and_the_lock_maps_to_the_public_access_level()
    {
        await using var v = new SimulatedVectera();
        var room = await v.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, Locked = false }, Ct);
        Assert.Equal(VecteraAccessLevel.CanAlwaysJoin.ToString(), room.Metadata["publicAccessLevel"]);

        var updated = await v.Rooms.UpdateRoomAsync(room.Id, new UpdateRoomRequest { Locked = true, ProviderOptions = { new VecteraRoomOptions { Key = "renamed" } } }, Ct);

        Assert.Equal(VecteraAccessLevel.ShouldKnock.ToString(), updated.Metadata["publicAccessLevel"]);
        Assert.Equal("renamed", updated.Metadata["key"]);
        Assert.EndsWith("/renamed", (await v.Rooms.GetRoomAsync(room.Id, Ct)).JoinUrl.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_an_authentication_error_that_hides_the_token()
    {
        await using var v = new SimulatedVectera(token: "wrong-token-123");
        var error = await Assert.ThrowsAsync<RoomAuthenticationException>(() => v.Api.GetCurrentUserAsync(Ct));
        Assert.Equal("Invalid token.", error.ProviderMessage);
        Assert.DoesNotContain("wrong-token-123", error.ToString(), StringComparison.Ordinal);
    }
}
