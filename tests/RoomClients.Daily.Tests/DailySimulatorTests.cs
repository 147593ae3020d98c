using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Daily.Models;
using RoomClients.Testing.Daily;

namespace RoomClients.Daily.Tests;

/// <summary>The simulator users test against must behave like Daily where the SDK relies on it.</summary>
public sealed class DailySimulatorTests
{
    private static ServiceProvider Connect(DailySimulator simulator, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddRoomClients(rooms => rooms.AddDaily(o => { o.ApiKey = simulator.ApiKey; o.BaseAddress = simulator.BaseAddress; }));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_host_link_carries_an_owner_token_for_that_room_only_that_expires_with_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var simulator = new DailySimulator();
        await using var provider = Connect(simulator);
        var rooms = provider.GetRequiredService<IRoomService>();
        var endsAt = DateTimeOffset.UtcNow.AddHours(2);
        var request = new CreateRoomRequest { EndsAt = endsAt, Locked = true, RecordAutomatically = true };
        request.ProviderOptions.Add(new DailyRoomOptions { Name = "consult-42" });

        var room = await rooms.CreateRoomAsync(request, ct);

        Assert.Equal("consult-42", room.Id);
        Assert.Equal(new Uri($"https://{simulator.Domain}.daily.co/consult-42"), room.JoinUrl);
        var token = room.HostUrl!.Query["?t=".Length..];
        var claims = simulator.ReadToken(token)!;
        Assert.Equal("consult-42", claims["room_name"]!.GetValue<string>());
        Assert.True(claims["is_owner"]!.GetValue<bool>());
        Assert.True(claims["start_cloud_recording"]!.GetValue<bool>());
        Assert.Equal(room.EndsAt!.Value.ToUnixTimeSeconds(), claims["exp"]!.GetValue<long>()); // the token ends with the room
        Assert.InRange(room.EndsAt.Value, endsAt, endsAt.AddSeconds(1)); // whole seconds, rounded up
        var stored = simulator.GetRoom("consult-42")!;
        Assert.Equal("private", stored["privacy"]!.GetValue<string>());
        Assert.True(stored["config"]!["enable_knocking"]!.GetValue<bool>());
        Assert.Equal("cloud", stored["config"]!["enable_recording"]!.GetValue<string>());

        var validated = await provider.GetRequiredService<IDailyApi>().ValidateMeetingTokenAsync(token, cancellationToken: ct);
        Assert.True(validated.IsOwner);
        Assert.Equal("consult-42", validated.RoomName);
    }

    [Fact]
    public async Task Rooms_past_their_exp_act_as_deleted()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var simulator = new DailySimulator(timeProvider: time);
        await using var provider = Connect(simulator, time);
        var rooms = provider.GetRequiredService<IRoomService>();
        var room = await rooms.CreateRoomAsync(new CreateRoomRequest { EndsAt = time.GetUtcNow().AddMinutes(30) }, ct);
        var permanent = await rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent }, ct);

        time.Advance(TimeSpan.FromMinutes(31));

        await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.GetRoomAsync(room.Id, ct));
        var listed = new List<string>();
        await foreach (var r in rooms.ListRoomsAsync(cancellationToken: ct))
        {
            listed.Add(r.Id);
        }

        Assert.Equal([permanent.Id], listed);
        Assert.Equal(1, simulator.RoomCount);
        Assert.Equal(RoomKind.Permanent, (await rooms.GetRoomAsync(permanent.Id, ct)).Kind);
    }

    [Fact]
    public async Task Recordings_batch_rooms_and_webhooks_are_stateful()
    {
        var ct = TestContext.Current.CancellationToken;
        using var simulator = new DailySimulator();
        await using var provider = Connect(simulator);
        var api = provider.GetRequiredService<IDailyApi>();

        var id = simulator.AddRecording("consult-1");
        simulator.AddRecording("other");
        var page = await api.ListRecordingsAsync("consult-1", cancellationToken: ct);
        Assert.Equal(id, Assert.Single(page.Data).Id);
        var link = await api.GetRecordingAccessLinkAsync(id, 60, ct);
        Assert.NotNull(link.DownloadUri);
        Assert.True((await api.DeleteRecordingAsync(id, ct)).Deleted);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => api.GetRecordingAsync(id, ct));

        var created = await api.CreateRoomsAsync(new BatchCreateRoomsRequest { Rooms = [new() { Name = "b-1" }, new() { Name = "b-2" }] }, ct);
        Assert.Equal(["b-1", "b-2"], created.Select(r => r.Name));
        Assert.Equal(2, (await api.DeleteRoomsAsync(new BatchDeleteRoomsRequest { RoomNames = ["b-1", "b-2"] }, ct)).DeletedCount);
        Assert.Equal(0, simulator.RoomCount);

        var webhook = await api.CreateWebhookAsync(new WebhookRequest { Url = new Uri("https://app.example/hooks"), EventTypes = ["meeting.started"] }, ct);
        Assert.Equal(32, Convert.FromBase64String(webhook.Hmac!).Length); // generated when not given
        Assert.Equal("ACTIVE", webhook.State);
        Assert.Single(await api.ListWebhooksAsync(ct));
        await api.DeleteWebhookAsync(webhook.Uuid!, ct);
        Assert.Empty(await api.ListWebhooksAsync(ct));
    }

    [Fact]
    public async Task Invalid_requests_get_daily_error_bodies()
    {
        var ct = TestContext.Current.CancellationToken;
        using var simulator = new DailySimulator();
        await using var provider = Connect(simulator);
        var api = provider.GetRequiredService<IDailyApi>();

        var unknown = await Assert.ThrowsAsync<RoomValidationException>(() => api.CreateRoomAsync(new DailyCreateRoomRequest
        {
            Properties = new DailyRoomProperties { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["no_such_property"] = System.Text.Json.JsonDocument.Parse("1").RootElement.Clone() } },
        }, ct));
        Assert.Equal("invalid-request-error", unknown.ErrorCode);
        await api.CreateRoomAsync(new DailyCreateRoomRequest { Name = "dup" }, ct);
        Assert.Equal("invalid-request-error", (await Assert.ThrowsAsync<RoomValidationException>(() => api.CreateRoomAsync(new DailyCreateRoomRequest { Name = "dup" }, ct))).ErrorCode);
        Assert.Equal("not-found", (await Assert.ThrowsAsync<RoomNotFoundException>(() => api.GetRoomAsync("nope", ct))).ErrorCode);

        using var raw = new HttpClient();
        using var noAuth = await raw.GetAsync(new Uri(simulator.BaseAddress, "rooms"), ct);
        Assert.Equal(HttpStatusCode.BadRequest, noAuth.StatusCode);
        Assert.Contains("authorization-header-error", await noAuth.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, new Uri(simulator.BaseAddress, "rooms")) { Content = new StringContent("{\"properties\":{\"exp\":\"tomorrow\"}}", Encoding.UTF8, "application/json") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", simulator.ApiKey);
        using var response = await raw.SendAsync(wrong, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("exp has the wrong type", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
