// Vectera's own surface: meeting-room templates (create one, create a room from it, save a room as a template), team
// members (create, list with a filter, update, a password-less login link), host and guest links to a room, rooms filtered and sorted through
// IVecteraApi, and deletion. Rooms are created through IRoomService with VecteraRoomOptions (room key, owner).
//
// Offline (the default) it runs against RoomClients.Testing's Vectera simulator. For real, use a team admin's API token
// (only admins may add users):
//   ROOMCLIENTS__VECTERA__APITOKEN=<token>   (optional SAMPLE__USEREMAIL=<address for the new team member>)
//   dotnet run --project samples/Vectera.Sample
// Vectera's API has no template deletion: remove the two sample templates in the Vectera app afterwards.
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoomClients;
using RoomClients.Testing.Vectera;
using RoomClients.Vectera;
using RoomClients.Vectera.Models;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
VecteraSimulator? simulator = null;
if (string.IsNullOrWhiteSpace(builder.Configuration["RoomClients:vectera:ApiToken"]))
{
    simulator = new VecteraSimulator();
    Console.WriteLine($"No Vectera API token configured: using the built-in simulator at {simulator.BaseAddress}");
}

builder.Services.AddRoomClients(rooms => rooms.AddVectera(o =>
{
    if (simulator is not null)
    {
        o.ApiToken = simulator.ApiToken;
        o.BaseAddress = simulator.BaseAddress;
    }
}));

using var host = builder.Build();
await host.StartAsync();
var rooms = host.Services.GetRequiredService<IRoomService>();
var vectera = host.Services.GetRequiredService<IVecteraApi>();
var suffix = DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
var created = new List<string>(); // room ids to delete at the end

try
{
    var me = await vectera.GetCurrentUserAsync();
    Console.WriteLine($"1. signed in as {me.FullName} <{me.Email}>, organization {me.OrganizationId}");

    // 2. Templates: an empty template (only `name` can be set through the API; its content is edited in Vectera)...
    var template = await vectera.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { Name = $"Sales demo {suffix}" });
    Console.WriteLine($"2. template \"{template.Name}\" created: {template.Id}");

    // ...a room created from it (CreateRoomRequest.TemplateId → templateId; the key names the room and its link)...
    var fromTemplate = new CreateRoomRequest { Kind = RoomKind.Permanent, TemplateId = template.Id, Locked = true };
    fromTemplate.ProviderOptions.Add(new VecteraRoomOptions { Key = $"sales-demo-{suffix}" });
    var demoRoom = await rooms.CreateRoomAsync(fromTemplate);
    created.Add(demoRoom.Id);
    var usedTemplate = (demoRoom.RawRepresentation as MeetingRoom)?.AdditionalFields is { } fields && fields.TryGetValue("templateId", out var value) ? value.ToString() : "(not echoed)";
    Console.WriteLine($"   room {demoRoom.Metadata.GetValueOrDefault("key")} from template {usedTemplate}: {demoRoom.JoinUrl} (publicAccessLevel {demoRoom.Metadata.GetValueOrDefault("publicAccessLevel")})");

    // ...and that room saved as a new template (sourceMeetingId + name).
    var saved = await vectera.CreateTemplateAsync(new CreateMeetingRoomTemplateRequest { Name = $"Sales demo (saved) {suffix}", SourceMeetingId = demoRoom.Id });
    Console.WriteLine($"   room saved as template \"{saved.Name}\": {saved.Id}");
    var mine = await vectera.ListUserTemplatesAsync("me");
    var team = me.OrganizationId is null ? [] : await vectera.ListOrganizationTemplatesAsync(me.OrganizationId);
    Console.WriteLine($"   templates: {mine.Count} of mine, {team.Count} in the organization");

    // 3. Users: a managed team member (needs organizationId), found again with a filter, renamed, given a room and a
    //    one-time login link that signs them in without a password.
    var email = builder.Configuration["Sample:UserEmail"] ?? $"roomclients-sample-{suffix}@example.com";
    var user = await vectera.CreateUserAsync(new CreateUserRequest { FirstName = "Sam", LastName = "Sample", Email = email, OrganizationId = me.OrganizationId ?? string.Empty, IsManaged = true });
    Console.WriteLine($"3. user {user.FullName} <{user.Email}> created: {user.Id}");
    var members = new VecteraListOptions { Filter = VecteraFilter.Where("email", VecteraFilterOperator.Equal, email), PageSize = 10 };
    members.OrderBy.Add(VecteraSort.Desc("dateJoined"));
    await foreach (var member in vectera.ListAllUsersAsync(members))
    {
        Console.WriteLine($"   listed with filter={members.Filter}: {member.FullName}, joined {member.DateJoined:u}");
    }

    user = await vectera.UpdateUserAsync(user.Id, new UpdateUserRequest { LastName = "Sampleton" });
    Console.WriteLine($"   renamed: {user.FullName}");
    var ownRoom = new CreateRoomRequest { Kind = RoomKind.Permanent, Locked = false };
    ownRoom.ProviderOptions.Add(new VecteraRoomOptions { Key = $"sam-{suffix}", OwnerId = user.Id });
    var samsRoom = await rooms.CreateRoomAsync(ownRoom);
    created.Add(samsRoom.Id);
    Console.WriteLine($"   their room: {samsRoom.JoinUrl} (owner {samsRoom.Metadata.GetValueOrDefault("ownerId")})");
    var login = await vectera.CreateLoginTokenAsync(user.Id);
    Console.WriteLine($"   login link (one use): {login.Url}");

    // A link per participant of that room: each is its own permission (access key), as host or as a guest who enters
    // without knocking. Vectera's permissions carry no name and no expiry, and Vectera keeps no recordings.
    var hostLink = await rooms.CreateParticipantLinkAsync(samsRoom.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Host });
    var guestLink = await rooms.CreateParticipantLinkAsync(samsRoom.Id, new ParticipantLinkRequest { Role = RoomParticipantRole.Guest });
    Console.WriteLine($"   host link:  {hostLink.Url}");
    Console.WriteLine($"   guest link: {guestLink.Url} (recordings: {(rooms.Capabilities.SupportsRecordings ? "yes" : "none on Vectera")})");

    // 4. Filtering and sorting: a few more rooms, then only this run's rooms that are not trashed, newest key first.
    foreach (var name in new[] { "alpha", "bravo", "charlie" })
    {
        var extra = new CreateRoomRequest { Kind = RoomKind.Permanent };
        extra.ProviderOptions.Add(new VecteraRoomOptions { Key = $"{name}-{suffix}" });
        created.Add((await rooms.CreateRoomAsync(extra)).Id);
    }

    var query = new VecteraListOptions
    {
        Filter = VecteraFilter.Where("key", VecteraFilterOperator.Contains, suffix).And(VecteraFilter.Where("isTrashed", VecteraFilterOperator.Equal, false)),
        PageSize = 2, // small pages, to show the lazy paging
    };
    query.OrderBy.Add(VecteraSort.Desc("key"));
    Console.WriteLine($"4. rooms where {query.Filter}, orderBy={string.Join(',', query.OrderBy)}:");
    await foreach (var listed in vectera.ListAllMeetingRoomsAsync(query))
    {
        Console.WriteLine($"   {listed.Key,-30} owner {listed.OwnerId} created {listed.DateCreated:u}");
    }

    var search = new VecteraListOptions { Search = $"sales-demo-{suffix}" };
    var found = 0;
    await foreach (var _ in vectera.ListAllMeetingRoomsAsync(search))
    {
        found++;
    }

    Console.WriteLine($"   search \"{search.Search}\": {found} room(s)");

    // 5. Clean up: the rooms through IRoomService, the user through IVecteraApi.
    foreach (var id in created)
    {
        await rooms.DeleteRoomAsync(id);
    }

    await vectera.DeleteUserAsync(user.Id);
    Console.WriteLine($"5. {created.Count} rooms and user {user.Id} deleted (templates stay: the API cannot delete them)");
    return 0;
}
catch (RoomServiceException ex)
{
    Console.Error.WriteLine($"{ex.GetType().Name}: {ex.Message}");
    return 1;
}
finally
{
    await host.StopAsync();
    simulator?.Dispose();
}
